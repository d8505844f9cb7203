package fi.kanta.cli;

import fi.kanta.scoring.ScoreReport;
import fi.kanta.scoring.ScoreRun;
import fi.kanta.scoring.Scoring;
import fi.kanta.shop.MoneySettings;
import fi.kanta.words.Words;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kanta score [--as-of DATE] [--details]}: refits the models, writes a score snapshot and says
 * in plain sentences what the scores show (the fitted parameters and warnings with {@code --details}); with {@code --calibrate-until D1 --holdout-until D2} it backtests the purchase model instead, with {@code --picks} the product picks.
 */
@Command(name = "score", description = "Fit the purchase and spend models and score every customer.")
public class ScoreCommand implements KantaCommand {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "count purchases on or before this day, YYYY-MM-DD (default: today in kanta.shop.time-zone)")
    LocalDate asOf;

    @Option(names = "--details", description = "also print the models' fitted parameters, fit quality and warnings")
    boolean details;

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

        @Option(names = "--picks", description = "backtest the product picks (against the best sellers of the customer's"
                + " favourite category) instead of the purchase model")
        boolean picks;
    }

    @Override
    public int call(ApplicationContext context) {
        Scoring scoring = context.getBean(Scoring.class);
        Words words = context.getBean(Words.class);
        if (backtest != null) {
            System.out.print(backtest.picks ? scoring.backtestPicks(backtest.calibrateUntil, backtest.holdoutUntil).said(words)
                    : scoring.backtest(backtest.calibrateUntil, backtest.holdoutUntil).said(words));
            return ExitCode.DONE;
        }
        ScoreRun run = scoring.score(Optional.ofNullable(asOf));
        ScoreReport report = run.scores();
        System.out.print(report.summary(words, context.getBean(MoneySettings.class).baseCurrency()));
        System.out.println(run.picksLine(words));
        System.out.println(details ? "\n" + words.text("score.details") : words.text("score.details.hint"));
        if (details) {
            System.out.print(report.details(words));
        }
        return ExitCode.DONE;
    }
}
