package fi.kanta.scoring;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.customer.importing.ImportSettings;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kanta score [--as-of DATE]}: refits the models, writes a score snapshot and prints the fit report. */
@Command(name = "score", description = "Fit the purchase and spend models and score every customer.")
public class ScoreCommand implements KantaCommand {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "count purchases on or before this day, YYYY-MM-DD (default: today in kanta.import.time-zone)")
    LocalDate asOf;

    @Override
    public int call(ApplicationContext context) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(context.getBean(ImportSettings.class).timeZone());
        ScoreReport report = context.getBean(Scorer.class).score(date);
        System.out.print(report.format());
        return ExitCode.DONE;
    }
}
