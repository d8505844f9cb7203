package fi.kanta.scoring;

import fi.kanta.picks.PickBacktest;
import fi.kanta.picks.PickBacktestReport;
import fi.kanta.picks.Picks;
import fi.kanta.shop.ShopSettings;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Scoring as the command line, serve's nightly round and the demo start it: a new score snapshot and
 * each customer's picks of the same day, or a backtest of the purchase model.
 */
@Service
public class Scoring {

    private final Scorer scorer;
    private final Backtest backtest;
    private final Picks picks;
    private final PickBacktest pickBacktest;
    private final ShopSettings shop;

    public Scoring(Scorer scorer, Backtest backtest, Picks picks, PickBacktest pickBacktest, ShopSettings shop) {
        this.scorer = scorer;
        this.backtest = backtest;
        this.picks = picks;
        this.pickBacktest = pickBacktest;
        this.shop = shop;
    }

    /**
     * Refits the models and writes the snapshot as of the day (empty: today in the shop's time zone),
     * then computes every customer's picks as of the same day.
     */
    public ScoreRun score(Optional<LocalDate> asOf) {
        LocalDate day = asOf.orElseGet(() -> LocalDate.now(shop.timeZone()));
        ScoreReport scores = scorer.score(day);
        return new ScoreRun(scores, picks.compute(day));
    }

    /** Fits on the purchases up to {@code calibrateUntil} and compares the predictions with those after it up to {@code holdoutUntil}. */
    public BacktestReport backtest(LocalDate calibrateUntil, LocalDate holdoutUntil) {
        return backtest.run(calibrateUntil, holdoutUntil);
    }

    /** Fits the picks on the order lines up to {@code calibrateUntil} and compares them with what was bought after it up to {@code holdoutUntil}. */
    public PickBacktestReport backtestPicks(LocalDate calibrateUntil, LocalDate holdoutUntil) {
        return pickBacktest.run(calibrateUntil, holdoutUntil);
    }
}
