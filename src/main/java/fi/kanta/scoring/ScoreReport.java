package fi.kanta.scoring;

import fi.kanta.words.RfmNames;
import fi.kanta.words.Words;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
        // the name in the marketer's language with the identifier that segment definitions use
        Map<String, String> names = new java.util.LinkedHashMap<>();
        segments.keySet().forEach(segment -> names.put(segment, RfmNames.withIdentifier(segment, words)));
        int width = names.values().stream().mapToInt(String::length).max().orElse(0);
        segments.forEach((segment, count) -> out.append(String.format("  %-" + width + "s %10s%n", names.get(segment), words.number(count))));
        return out.toString();
    }

    /** The model's figures behind {@code --details}, in the marketer's language: the fitted parameters, fit quality, warnings and times. */
    public String details(Words words) {
        return models(words) + times(words);
    }

    /** The whole report in English (the log, the demo, benchmarks): every parameter as {@code name=value (se ...)}, time unit days. */
    public String format() {
        Words english = Words.english(ZoneOffset.UTC);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Scored %,d customers as of %s", customers, asOf));
        if (withoutPurchases > 0) {
            out.append(String.format(Locale.ROOT, " (%,d customers without a purchase day get no score row)",
                    withoutPurchases));
        }
        out.append('\n').append(models(english));
        out.append("RFM segments:\n");
        segments.forEach((segment, count) -> out.append(String.format(Locale.ROOT, "  %-18s %,10d%n", segment, count)));
        return out.append(times(english)).toString();
    }

    private String models(Words words) {
        StringBuilder out = new StringBuilder();
        String fittedOn = words.count("count.customers", purchases.customers());
        out.append(words.text("score.details.purchases", words.text(sampled ? "score.details.sample" : "score.details.all", fittedOn)))
                .append('\n');
        out.append(estimates(purchases.estimates(), words)).append('\n');
        out.append("  ").append(words.text("score.details.fit", words.significant(purchases.logLikelihood(), 6),
                words.number(purchases.customers())));
        if (!purchases.converged()) {
            out.append("  ").append(words.text("score.details.not-converged"));
        }
        out.append('\n');
        out.append(words.text("score.details.spend", words.count("count.customers", spend.customers()))).append('\n');
        out.append(estimates(spend.estimates(), words)).append('\n');
        double corr = spend.frequencyMonetaryCorrelation();
        out.append("  ").append(words.text("score.details.fit", words.significant(spend.logLikelihood(), 6), words.number(spend.customers())))
                .append("  ").append(words.text("score.details.correlation", words.decimal(corr, 3))).append('\n');
        if (Math.abs(corr) > CORRELATION_WARNING) {
            out.append("  ").append(words.text("score.details.correlation-warning", words.decimal(CORRELATION_WARNING, 1))).append('\n');
        }
        return out.toString();
    }

    private String times(Words words) {
        return words.text("score.details.times", seconds(summaryMillis, words), seconds(fitMillis, words), seconds(bgNbdFitMillis, words),
                seconds(writeMillis, words)) + "\n";
    }

    private static String seconds(long millis, Words words) {
        return words.decimal(millis / 1000.0, 1) + " s";
    }

    /** Each parameter as {@code name=value (se ...)}: the names are the models' own symbols (r, alpha, a, b; p, q, gamma). */
    static String estimates(Iterable<Estimate> estimates, Words words) {
        StringBuilder out = new StringBuilder(" ");
        for (Estimate e : estimates) {
            out.append(" ").append(words.text("score.details.estimate", e.name(), words.significant(e.value(), 5),
                    words.significant(e.standardError(), 2)));
        }
        return out.toString();
    }
}
