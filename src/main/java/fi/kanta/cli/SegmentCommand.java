package fi.kanta.cli;

import fi.kanta.segment.SegmentCounts;
import fi.kanta.words.Words;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kanta segment NAME --count}: one named segment's size, with the query's own time. */
@Command(name = "segment", description = "Count one named segment's members.")
public class SegmentCommand implements KantaCommand {

    @Parameters(paramLabel = "NAME", description = "a segment in jobs/segments.yml")
    String name;

    @Option(names = "--count", required = true, description = "print how many customers are in it")
    boolean count;

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        SegmentCounts.SegmentCount result = context.getBean(SegmentCounts.class).count(name);
        Words words = context.getBean(Words.class);
        System.out.println(words.count("segment.count", result.members(), result.segment().name(), result.queryMillis()));
        return ExitCode.DONE;
    }
}
