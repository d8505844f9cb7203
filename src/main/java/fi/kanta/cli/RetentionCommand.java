package fi.kanta.cli;

import fi.kanta.retention.Retention;
import fi.kanta.retention.RetentionText;
import fi.kanta.words.Words;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kanta retention [--dry-run]}: removes now what {@code kanta serve} removes nightly, or says what would go. */
@Command(name = "retention", description = "Remove the files and rows past their retention period (kanta.retention.*),"
        + " as kanta serve does nightly; --dry-run only says what would go.")
public class RetentionCommand implements KantaCommand {

    @Option(names = "--dry-run", description = "Count what would be removed; remove nothing.")
    boolean dryRun;

    @Override
    public int call(ApplicationContext context) {
        Words words = context.getBean(Words.class);
        Retention.Outcome outcome = context.getBean(Retention.class).expire(dryRun);
        RetentionText.lines(outcome, words).forEach(System.out::println);
        return outcome.expired().stream().anyMatch(kind -> kind.problem() != null) ? ExitCode.FAILED : ExitCode.DONE;
    }
}
