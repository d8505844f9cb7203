package fi.kanta.scoring;

import fi.kanta.words.Words;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * What a scoring run did, for the fit report of {@code kanta score} and the benchmark.
 *
 * @param asOf                the as-of date of the snapshot
 * @param customers           customers scored (those with a positive purchase day on or before as-of)
 * @param withoutPurchases    customers in the customer table that got no score row
 * @param sampled             whether the models were fitted on a random sample rather than everyone
 * @param purchases           the BG/NBD fit
 * @param spend               the Gamma-Gamma fit
 * @param segments            customers per RFM segment, in the segment table's order
 * @param outlook             what the scores say about the customers together
 * @param summaryMillis       time to read the summaries
 * @param bgNbdFitMillis      time to fit BG/NBD alone
 * @param fitMillis           time to fit both models
 * @param writeMillis         time to score everyone and write the rows, fits and pruning
 */
public record ScoreReport(LocalDate asOf, long customers, long withoutPurchases, boolean sampled,
        BgNbdFit purchases, GammaGammaFit spend, Map<String, Long> segments, Outlook outlook,
        long summaryMillis, long bgNbdFitMillis, long fitMillis, long writeMillis) {

    /** Correlations beyond this make Gamma-Gamma's spend predictions biased (its independence assumption). */
    static final double CORRELATION_WARNING = 0.3;

    /**
     * Below this many customers with purchases the purchase model's few parameters still fit, but
     * on too little to trust: its chances and values swing with a handful of customers. The RFM
     * segments need no model, so they hold on any base.
     */
    static final long RELIABLE_BASE = 200;

    /** A customer whose chance of still buying is at least this counts as likely active. */
    static final double LIKELY_ACTIVE = 0.5;

    /** The scores added up while they are written: how many are likely active, expected purchases and value. */
    public static final class Outlook {
        private long customers;
        private long likelyActive;
        private double expectedPurchases;
        private double clv;

        void add(CustomerValue value) {
            customers++;
            if (value.pAlive() >= LIKELY_ACTIVE) {
                likelyActive++;
            }
            expectedPurchases += value.expectedPurchases();
            clv += value.clv();
        }

        public long likelyActive() {
            return likelyActive;
        }

        public double expectedPurchases() {
            return expectedPurchases;
        }

        public double averageClv() {
            return customers == 0 ? 0 : clv / customers;
        }
    }

    /**
     * What a marketer reads first, in the marketer's language: how many customers were scored, how
     * many are likely still active, what they are expected to buy, the RFM segments, and a plain
     * sentence when the base is too small for the model. The model's figures are in {@link #details}.
     */
    public String summary(Words words, String currency) {
        StringBuilder out = new StringBuilder();
        out.append(words.text("score.scored", words.count("count.customers", customers), words.date(asOf))).append('\n');
        if (withoutPurchases > 0) {
            out.append(words.count("score.without-purchases", withoutPurchases)).append('\n');
        }
        if (customers < RELIABLE_BASE) {
            out.append(words.text("score.too-few", words.count("count.customers", customers), RELIABLE_BASE)).append('\n');
        }
        out.append(words.count("score.active", outlook.likelyActive(), words.percent(outlook.likelyActive() / (double) customers)))
                .append('\n');
        out.append(words.text("score.expected", words.number(Math.round(outlook.expectedPurchases())),
                words.decimal(outlook.averageClv(), 2) + " " + currency)).append('\n');
        out.append(words.text("score.segments")).append('\n');
        segments.forEach((segment, count) -> out.append(String.format("  %-18s %10s%n", segment, words.number(count))));
        return out.toString();
    }

    /** The model's figures behind {@code --details}: the fitted parameters, fit quality, warnings and times. */
    public String details() {
        return models() + times();
    }

    /** The whole report in English (the log, the demo, benchmarks): every parameter as {@code name=value (se ...)}, time unit days. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Scored %,d customers as of %s", customers, asOf));
        if (withoutPurchases > 0) {
            out.append(String.format(Locale.ROOT, " (%,d customers without a purchase day get no score row)",
                    withoutPurchases));
        }
        out.append('\n').append(models());
        out.append("RFM segments:\n");
        segments.forEach((segment, count) -> out.append(String.format(Locale.ROOT, "  %-18s %,10d%n", segment, count)));
        return out.append(times()).toString();
    }

    private String models() {
        StringBuilder out = new StringBuilder();
        String basis = sampled
                ? String.format(Locale.ROOT, "a seeded random sample of %,d customers", purchases.customers())
                : String.format(Locale.ROOT, "all %,d customers", purchases.customers());
        out.append("BG/NBD purchase model, time unit: days, fitted on ").append(basis).append('\n');
        appendEstimates(out, purchases.estimates());
        out.append(String.format(Locale.ROOT, "  log-likelihood=%.6g  sample size=%d%s%n", purchases.logLikelihood(),
                purchases.customers(), purchases.converged() ? "" : "  (optimiser hit its iteration limit)"));
        out.append(String.format(Locale.ROOT, "Gamma-Gamma spend model, fitted on %,d customers with repeat purchases%n",
                spend.customers()));
        appendEstimates(out, spend.estimates());
        double corr = spend.frequencyMonetaryCorrelation();
        out.append(String.format(Locale.ROOT, "  log-likelihood=%.6g  sample size=%d  corr(frequency, spend)=%.3f%n",
                spend.logLikelihood(), spend.customers(), corr));
        if (Math.abs(corr) > CORRELATION_WARNING) {
            out.append(String.format(Locale.ROOT, "  WARNING: |corr| > %.1f: the model assumes spend does not depend on"
                    + " frequency, so expected order values are biased%n", CORRELATION_WARNING));
        }
        return out.toString();
    }

    private String times() {
        return String.format(Locale.ROOT, "Time: summary %.1f s, fit %.1f s (BG/NBD %.1f s), scores written %.1f s%n",
                summaryMillis / 1000.0, fitMillis / 1000.0, bgNbdFitMillis / 1000.0, writeMillis / 1000.0);
    }

    private static void appendEstimates(StringBuilder out, Iterable<Estimate> estimates) {
        out.append(' ');
        for (Estimate e : estimates) {
            out.append(String.format(Locale.ROOT, " %s=%.5g (se %.2g)", e.name(), e.value(), e.standardError()));
        }
        out.append('\n');
    }
}
