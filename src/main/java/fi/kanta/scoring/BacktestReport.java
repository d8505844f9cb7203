package fi.kanta.scoring;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a backtest found: per group of customers by repeat purchase days in calibration, how many
 * purchase days the model predicted for the holdout period and how many there were.
 *
 * @param customers         customers with a purchase day in calibration
 * @param meanAbsoluteError mean over customers of |predicted − actual| purchase days
 */
public record BacktestReport(LocalDate calibrateUntil, LocalDate holdoutUntil, BgNbdFit fit, int customers,
                             long[] count, double[] predicted, long[] actual, double meanAbsoluteError, Path chart) {

    /** The label of a group: "0" … "6", "7+". */
    static String label(int group) {
        return group == Backtest.GROUPS - 1 ? (Backtest.GROUPS - 1) + "+" : String.valueOf(group);
    }

    public double totalPredicted() {
        double total = 0;
        for (double p : predicted) {
            total += p;
        }
        return total;
    }

    public long totalActual() {
        long total = 0;
        for (long a : actual) {
            total += a;
        }
        return total;
    }

    /** The printed report. */
    public String format() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Backtest: BG/NBD fitted on purchases up to %s (%,d of %,d customers),"
                + " tested on %s..%s; time unit: days%n", calibrateUntil, fit.customers(), customers,
                calibrateUntil.plusDays(1), holdoutUntil));
        fit.estimates().forEach(e -> text.append("  ").append(e).append('\n'));
        text.append(String.format(Locale.ROOT, "Purchase days in the holdout: predicted %,.1f, actual %,d (%+.1f%%)%n",
                totalPredicted(), totalActual(), 100 * (totalPredicted() - totalActual()) / Math.max(1, totalActual())));
        text.append(String.format(Locale.ROOT, "Mean absolute error per customer: %.3f purchase days%n", meanAbsoluteError));
        text.append(String.format(Locale.ROOT, "%-22s %10s %16s %16s%n", "repeat days in calib.", "customers",
                "predicted/cust.", "actual/cust."));
        for (int g = 0; g < count.length; g++) {
            double n = Math.max(1, count[g]);
            text.append(String.format(Locale.ROOT, "%-22s %,10d %16.3f %16.3f%n", label(g), count[g], predicted[g] / n,
                    actual[g] / n));
        }
        text.append("Chart: ").append(chart).append('\n');
        return text.toString();
    }
}
