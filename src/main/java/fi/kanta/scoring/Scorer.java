package fi.kanta.scoring;

import fi.kanta.words.SaidError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The score job: summarises every customer as of a date, fits BG/NBD and Gamma-Gamma, and writes one
 * {@code customer_score} row per customer with a purchase, the fitted parameters, and prunes old snapshots.
 * Customers who chose "do not profile me" are left out: none of their purchases is read, and any
 * score row they still had is deleted.
 *
 * <p>A plain service rather than a Batch job: the work is one read, two fits and a bulk write, and a
 * failed run is simply run again (it replaces its date), so a job repository would add nothing.
 */
@Service
public class Scorer {

    private final CustomerSummaries summaries;
    private final ScoreWriter writer;
    private final ScoreSettings settings;
    private final JdbcTemplate jdbc;

    public Scorer(CustomerSummaries summaries, ScoreWriter writer, ScoreSettings settings, JdbcTemplate jdbc) {
        this.summaries = summaries;
        this.writer = writer;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** Scores every customer as of the date and returns the fit report. */
    public ScoreReport score(LocalDate asOf) {
        long start = System.nanoTime();
        CustomerSummaries.Summaries read = summaries.asOf(asOf);
        List<CustomerSummary> customers = read.customers();
        if (customers.isEmpty()) {
            throw new SaidError("score.no-purchases", asOf.toString());
        }
        long summarised = System.nanoTime();

        int[] sample = FitSample.indexes(customers, settings.fitSampleSize(), settings.sampleSeed());
        boolean sampled = sample.length < customers.size();
        BgNbdFit purchases;
        GammaGammaFit spend;
        long purchasesFitted;
        try {
            purchases = FitSample.purchases(customers, sample);
            purchasesFitted = System.nanoTime();
            spend = FitSample.spend(customers, sample);
        } catch (IllegalArgumentException e) {
            // The models say why the data cannot support them (e.g. nobody has bought twice yet).
            throw new SaidError(e, "score.cannot-fit", asOf, e.getMessage());
        }
        long fitted = System.nanoTime();

        ValueScorer values = ValueScorer.of(purchases.model(), spend.model());
        List<RfmScore> rfm = Rfm.score(customers);
        Map<String, Long> segments = new LinkedHashMap<>();
        RfmSegments.DEFAULT.rules().forEach(rule -> segments.putIfAbsent(rule.segment(), 0L));
        writer.clear(asOf);
        writer.forgetNotProfiled();
        List<ScoreWriter.Row> batch = new ArrayList<>(settings.writeBatchSize());
        ScoreReport.Outlook outlook = new ScoreReport.Outlook();
        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            RfmScore r = rfm.get(i);
            segments.merge(r.segment(), 1L, Long::sum);
            CustomerValue value = values.score(c);
            outlook.add(value);
            batch.add(new ScoreWriter.Row(c, value, r, read.favouriteCategories().get(i)));
            if (batch.size() == settings.writeBatchSize()) {
                writer.insert(asOf, batch);
                batch.clear();
            }
        }
        writer.insert(asOf, batch);
        writer.fits(asOf, purchases, spend, customers.size(), sampled);
        writer.keepAsMonth(asOf);
        writer.prune(settings.keepSnapshots());
        long written = System.nanoTime();

        Long all = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
        long withoutPurchases = Math.max(0, (all == null ? 0 : all) - customers.size());
        return new ScoreReport(asOf, customers.size(), withoutPurchases, sampled, purchases, spend, segments, outlook,
                millis(start, summarised), millis(summarised, purchasesFitted), millis(summarised, fitted),
                millis(fitted, written));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
