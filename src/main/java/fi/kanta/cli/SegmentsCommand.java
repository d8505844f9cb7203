package fi.kanta.cli;

import fi.kanta.segment.SegmentCounts;
import fi.kanta.segment.Segments;
import fi.kanta.words.Words;
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
        Words words = context.getBean(Words.class);
        if (counts.isEmpty()) {
            System.out.println(words.text("segments.none", Segments.FILE));
        }
        counts.forEach(count -> System.out.printf("%-28s %10s  %s%n", count.segment().name(), words.number(count.members()),
                count.segment().description()));
        return ExitCode.DONE;
    }
}
