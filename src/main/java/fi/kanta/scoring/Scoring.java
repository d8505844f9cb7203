package fi.kanta.scoring;

import fi.kanta.shop.ShopSettings;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Scoring as the command line and the console start it: a new score snapshot, or a backtest of the purchase model. */
@Service
public class Scoring {

    private final Scorer scorer;
    private final Backtest backtest;
    private final ShopSettings shop;

    public Scoring(Scorer scorer, Backtest backtest, ShopSettings shop) {
        this.scorer = scorer;
        this.backtest = backtest;
        this.shop = shop;
    }

    /** Refits the models and writes the snapshot as of the day (empty: today in the shop's time zone). */
    public ScoreReport score(Optional<LocalDate> asOf) {
        return scorer.score(asOf.orElseGet(() -> LocalDate.now(shop.timeZone())));
    }

    /** Fits on the purchases up to {@code calibrateUntil} and compares the predictions with those after it up to {@code holdoutUntil}. */
    public BacktestReport backtest(LocalDate calibrateUntil, LocalDate holdoutUntil) {
        return backtest.run(calibrateUntil, holdoutUntil);
    }
}
