package fi.kanta.scoring;

import fi.kanta.KantaHome;
import fi.kanta.picks.PairedDifference;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Does the purchase model predict? Fits BG/NBD on the purchases up to a calibration date, predicts
 * each customer's purchase days in the holdout period after it, and compares with what they did,
 * overall and by number of repeat purchases in calibration (the chart analysts look at), and against
 * the simple rule a marketer would use without it: each customer keeps buying at their own past pace.
 */
@Service
public class Backtest {

    /** Rows of the table: 0, 1, … 6 repeat purchase days in calibration, then 7 or more. */
    static final int GROUPS = 8;

    // Purchase days per customer in a period, as in the summaries: a positive net amount, or free items only.
    private static final String HOLDOUT_DAYS = """
            SELECT customer_id, COUNT(*) FROM (
                SELECT customer_id, CAST(purchased_at AS DATE) AS day FROM purchase
                WHERE purchased_at >= ? AND purchased_at < ? AND customer_id >= 0
                GROUP BY customer_id, CAST(purchased_at AS DATE) HAVING SUM(amount_base) > 0
                    OR (SUM(amount_base) = 0 AND MIN(amount_base) >= 0)) days
            GROUP BY customer_id
            """;

    private final CustomerSummaries summaries;
    private final ScoreSettings settings;
    private final JdbcTemplate jdbc;
    private final KantaHome home;
    private final Words words;

    public Backtest(CustomerSummaries summaries, ScoreSettings settings, JdbcTemplate jdbc, KantaHome home, Words words) {
        this.summaries = summaries;
        this.settings = settings;
        this.jdbc = jdbc;
        this.home = home;
        this.words = words;
    }

    /** Fits on purchases on or before {@code calibrateUntil}, tests on the days after it up to {@code holdoutUntil}. */
    public BacktestReport run(LocalDate calibrateUntil, LocalDate holdoutUntil) {
        if (!holdoutUntil.isAfter(calibrateUntil)) {
            throw new SaidError("backtest.order", holdoutUntil.toString(), calibrateUntil.toString());
        }
        List<CustomerSummary> customers = summaries.asOf(calibrateUntil).customers();
        if (customers.isEmpty()) {
            throw new SaidError("backtest.no-purchases", calibrateUntil.toString());
        }
        // a base larger than kanta.score.fit-sample-size is fitted on the same seeded sample as kanta score
        BgNbdFit fit = FitSample.purchases(customers, FitSample.indexes(customers, settings.fitSampleSize(), settings.sampleSeed()));
        Map<Long, Integer> actual = holdoutDays(calibrateUntil, holdoutUntil);
        double days = ChronoUnit.DAYS.between(calibrateUntil, holdoutUntil);

        long[] count = new long[GROUPS];
        double[] predicted = new double[GROUPS];
        long[] bought = new long[GROUPS];
        double absoluteError = 0;
        double baselineError = 0;
        double closerSquares = 0;
        for (CustomerSummary customer : customers) {
            double expected = fit.model().expectedPurchases(customer, days);
            int did = actual.getOrDefault(customer.customerId(), 0);
            int group = Math.min(customer.frequency(), GROUPS - 1);
            count[group]++;
            predicted[group] += expected;
            bought[group] += did;
            double error = Math.abs(expected - did);
            double baseline = Math.abs(ownPace(customer, days) - did);
            absoluteError += error;
            baselineError += baseline;
            closerSquares += (baseline - error) * (baseline - error);
        }
        int n = customers.size();
        BacktestReport report = new BacktestReport(calibrateUntil, holdoutUntil, fit, n, count, predicted, bought,
                absoluteError / n, baselineError / n, PairedDifference.of(baselineError - absoluteError, closerSquares, n),
                chartFile(calibrateUntil, holdoutUntil));
        writeChart(report, words);
        return report;
    }

    /**
     * The simple rule the model must beat: the customer keeps buying at their own pace so far, their
     * repeat purchase days over the days since their first purchase (none for a first purchase on D1).
     */
    private static double ownPace(CustomerSummary customer, double days) {
        return customer.tDays() > 0 ? customer.frequency() / customer.tDays() * days : 0;
    }

    private Map<Long, Integer> holdoutDays(LocalDate calibrateUntil, LocalDate holdoutUntil) {
        Map<Long, Integer> days = new HashMap<>();
        jdbc.query(HOLDOUT_DAYS, rs -> {
            days.put(rs.getLong(1), rs.getInt(2));
        }, calibrateUntil.plusDays(1).atStartOfDay(), holdoutUntil.plusDays(1).atStartOfDay());
        return days;
    }

    private Path chartFile(LocalDate calibrateUntil, LocalDate holdoutUntil) {
        return home.out("score", "backtest-" + calibrateUntil + "-" + holdoutUntil + ".svg");
    }

    private static void writeChart(BacktestReport report, Words words) {
        try {
            Files.createDirectories(report.chart().getParent());
            Files.writeString(report.chart(), BacktestChart.svg(report, words));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + report.chart(), e);
        }
    }
}
