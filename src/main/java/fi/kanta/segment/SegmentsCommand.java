package fi.kanta.segment;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.shop.ShopSettings;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta segments}: the named segments in jobs/segments.yml with their sizes. */
@Command(name = "segments", description = "List the named segments (jobs/segments.yml) with their sizes.")
public class SegmentsCommand implements KantaCommand {

    @Override
    public int call(ApplicationContext context) {
        SegmentCounter counter = context.getBean(SegmentCounter.class);
        LocalDate today = LocalDate.now(context.getBean(ShopSettings.class).timeZone());
        var segments = context.getBean(Segments.class).all();
        if (segments.isEmpty()) {
            System.out.println("No named segments: write them in jobs/" + Segments.FILE + " (see README, Segments).");
        }
        for (Segment segment : segments) {
            SegmentCounter.Count count = counter.count(segment.filter(), today);
            System.out.printf("%-28s %,10d  %s%n", segment.name(), count.members(), segment.description());
        }
        return ExitCode.DONE;
    }
}
