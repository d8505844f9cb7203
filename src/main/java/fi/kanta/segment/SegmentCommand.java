package fi.kanta.segment;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.shop.ShopSettings;
import java.time.LocalDate;
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
    public int call(ApplicationContext context) {
        Segment segment = context.getBean(Segments.class).named(name);
        LocalDate today = LocalDate.now(context.getBean(ShopSettings.class).timeZone());
        SegmentCounter.Count result = context.getBean(SegmentCounter.class).count(segment.filter(), today);
        System.out.printf("%s: %,d customers (query %d ms)%n", segment.name(), result.members(), result.queryMillis());
        return ExitCode.DONE;
    }
}
