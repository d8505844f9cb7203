package fi.kanta.cli;

import fi.kanta.UserError;
import fi.kanta.outbox.LetterPosting;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kanta letters posted RUN [--date D]}: a run's printed letters are in the post. */
@Command(name = "letters", description = "Letters of a campaign run.", subcommands = LettersCommand.Posted.class)
public class LettersCommand implements KantaCommand {

    @Override
    public void check() {
        throw new UserError("say what to do: kanta letters posted CAMPAIGN/RUN-KEY [--date YYYY-MM-DD]");
    }

    @Override
    public int call(ApplicationContext context) {
        return ExitCode.USAGE;
    }

    @Command(name = "posted", description = "Mark a run's printed letters as posted: the report counts them as sent from then"
            + " on (until then: printed, not yet posted).")
    static class Posted implements KantaCommand {

        @Parameters(index = "0", paramLabel = "RUN", description = "CAMPAIGN/RUN-KEY, e.g. win-back/2026-W48")
        String run;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the day they were posted (default: today)")
        LocalDate date;

        @Override
        public int call(ApplicationContext context) {
            LetterPosting.Posted posted = context.getBean(LetterPosting.class).markPosted(run, Optional.ofNullable(date));
            if (posted.letters() > 0) {
                System.out.printf("Marked %,d letters of %s as posted on %s; the report counts them as sent.%n", posted.letters(),
                        posted.run(), posted.postedOn());
            } else {
                System.out.printf("No printed letters of %s were waiting to be posted.%n", posted.run());
            }
            if (posted.postedBefore() > 0) {
                System.out.printf("%,d letters were marked posted before.%n", posted.postedBefore());
            }
            if (posted.notPrinted() > 0) {
                System.out.printf("%,d letters are not printed yet (kanta resume %s prints them).%n", posted.notPrinted(), posted.run());
            }
            return ExitCode.DONE;
        }
    }
}
