package fi.kanta.cli;

import fi.kanta.segment.SegmentCounts;
import fi.kanta.segment.Segments;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta segments}: the named segments in jobs/segments.yml with their sizes. */
@Command(name = "segments", description = "List the named segments (jobs/segments.yml) with their sizes.")
public class SegmentsCommand implements KantaCommand {

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        List<SegmentCounts.SegmentCount> counts = context.getBean(SegmentCounts.class).countAll();
        if (counts.isEmpty()) {
            System.out.println("No named segments: write them in jobs/" + Segments.FILE + " (see jobs/README.md, Segments).");
        }
        counts.forEach(count -> System.out.printf("%-28s %,10d  %s%n", count.segment().name(), count.members(),
                count.segment().description()));
        return ExitCode.DONE;
    }
}
