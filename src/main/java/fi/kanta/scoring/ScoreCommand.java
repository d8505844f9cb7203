package fi.kanta.scoring;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.shop.ShopSettings;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kanta score [--as-of DATE]}: refits the models, writes a score snapshot and prints the fit
 * report; with {@code --calibrate-until D1 --holdout-until D2} it backtests the purchase model instead.
 */
@Command(name = "score", description = "Fit the purchase and spend models and score every customer.")
public class ScoreCommand implements KantaCommand {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "count purchases on or before this day, YYYY-MM-DD (default: today in kanta.import.time-zone)")
    LocalDate asOf;

    @ArgGroup(exclusive = false)
    BacktestPeriod backtest;

    /** {@code --calibrate-until D1 --holdout-until D2}: both or neither. */
    static class BacktestPeriod {
        @Option(names = "--calibrate-until", required = true, paramLabel = "D1",
                description = "backtest: fit on purchases up to this day, YYYY-MM-DD")
        LocalDate calibrateUntil;

        @Option(names = "--holdout-until", required = true, paramLabel = "D2",
                description = "backtest: compare predictions with the purchases after D1 up to this day")
        LocalDate holdoutUntil;
    }

    @Override
    public int call(ApplicationContext context) {
        if (backtest != null) {
            System.out.print(context.getBean(Backtest.class).run(backtest.calibrateUntil, backtest.holdoutUntil).format());
            return ExitCode.DONE;
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now(context.getBean(ShopSettings.class).timeZone());
        ScoreReport report = context.getBean(Scorer.class).score(date);
        System.out.print(report.format());
        return ExitCode.DONE;
    }
}
