package fi.kanta.scoring;

import fi.kanta.picks.PickBacktest;
import fi.kanta.picks.PickBacktestReport;
import fi.kanta.picks.Picks;
import fi.kanta.segment.SegmentSizes;
import fi.kanta.shop.ShopSettings;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Scoring as the command line, serve's nightly round and the demo start it: a new score snapshot and
 * each customer's picks of the same day, or a backtest of the purchase model.
 */
@Service
public class Scoring {

    private static final Logger LOG = LoggerFactory.getLogger(Scoring.class);

    private final Scorer scorer;
    private final Backtest backtest;
    private final Picks picks;
    private final PickBacktest pickBacktest;
    private final ShopSettings shop;
    private final SegmentSizes segmentSizes;

    public Scoring(Scorer scorer, Backtest backtest, Picks picks, PickBacktest pickBacktest, ShopSettings shop,
            SegmentSizes segmentSizes) {
        this.segmentSizes = segmentSizes;
        this.scorer = scorer;
        this.backtest = backtest;
        this.picks = picks;
        this.pickBacktest = pickBacktest;
        this.shop = shop;
    }

    /**
     * Refits the models and writes the snapshot as of the day (empty: today in the shop's time zone),
     * then computes every customer's picks as of the same day, then counts the named segments for the
     * console's segment pages ({@link SegmentSizes}).
     */
    public ScoreRun score(Optional<LocalDate> asOf) {
        LocalDate day = asOf.orElseGet(() -> LocalDate.now(shop.timeZone()));
        ScoreReport scores = scorer.score(day);
        ScoreRun run = new ScoreRun(scores, picks.compute(day));
        try {
            segmentSizes.keepAll();
        } catch (RuntimeException e) {
            // a mistake in segments.yml is the segment pages' to say; the scores stand
            LOG.warn("The segments' sizes were not counted after scoring", e);
        }
        return run;
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
