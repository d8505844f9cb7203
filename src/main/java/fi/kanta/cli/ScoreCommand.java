package fi.kanta.cli;

import fi.kanta.scoring.Scoring;
import java.time.LocalDate;
import java.util.Optional;
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
            description = "count purchases on or before this day, YYYY-MM-DD (default: today in kanta.shop.time-zone)")
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
        Scoring scoring = context.getBean(Scoring.class);
        System.out.print(backtest != null ? scoring.backtest(backtest.calibrateUntil, backtest.holdoutUntil).format()
                : scoring.score(Optional.ofNullable(asOf)).format());
        return ExitCode.DONE;
    }
}
