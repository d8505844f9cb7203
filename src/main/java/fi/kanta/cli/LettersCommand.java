package fi.kanta.cli;

import fi.kanta.outbox.LetterPosting;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
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
        throw new SaidError("letters.what");
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
            Words words = context.getBean(Words.class);
            if (posted.letters() > 0) {
                System.out.println(words.count("letters.posted", posted.letters(), posted.run(), words.date(posted.postedOn())));
            } else {
                System.out.println(words.text("letters.none-waiting", posted.run()));
            }
            if (posted.postedBefore() > 0) {
                System.out.println(words.count("letters.posted-before", posted.postedBefore()));
            }
            if (posted.notPrinted() > 0) {
                System.out.println(words.count("letters.not-printed", posted.notPrinted(), posted.run()));
            }
            return ExitCode.DONE;
        }
    }
}
