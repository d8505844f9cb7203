package fi.kanta.scoring;

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
 * @param summaryMillis       time to read the summaries
 * @param bgNbdFitMillis      time to fit BG/NBD alone
 * @param fitMillis           time to fit both models
 * @param writeMillis         time to score everyone and write the rows, fits and pruning
 */
public record ScoreReport(LocalDate asOf, long customers, long withoutPurchases, boolean sampled,
        BgNbdFit purchases, GammaGammaFit spend, Map<String, Long> segments,
        long summaryMillis, long bgNbdFitMillis, long fitMillis, long writeMillis) {

    /** Correlations beyond this make Gamma-Gamma's spend predictions biased (its independence assumption). */
    static final double CORRELATION_WARNING = 0.3;

    /** The printed report: every parameter as {@code name=value (se ...)}, time unit days. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Scored %,d customers as of %s", customers, asOf));
        if (withoutPurchases > 0) {
            out.append(String.format(Locale.ROOT, " (%,d customers without a purchase day get no score row)",
                    withoutPurchases));
        }
        out.append('\n');
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
        out.append("RFM segments:\n");
        segments.forEach((segment, count) -> out.append(String.format(Locale.ROOT, "  %-18s %,10d%n", segment, count)));
        out.append(String.format(Locale.ROOT, "Time: summary %.1f s, fit %.1f s (BG/NBD %.1f s), scores written %.1f s%n",
                summaryMillis / 1000.0, fitMillis / 1000.0, bgNbdFitMillis / 1000.0, writeMillis / 1000.0));
        return out.toString();
    }

    private static void appendEstimates(StringBuilder out, Iterable<Estimate> estimates) {
        out.append(' ');
        for (Estimate e : estimates) {
            out.append(String.format(Locale.ROOT, " %s=%.5g (se %.2g)", e.name(), e.value(), e.standardError()));
        }
        out.append('\n');
    }
}
