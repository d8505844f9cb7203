package fi.kanta.scoring;

import fi.kanta.picks.PairedDifference;
import fi.kanta.words.Words;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a backtest found: per group of customers by repeat purchase days in calibration, how many
 * purchase days the model predicted for the holdout period and how many there were; and how much
 * closer the model came to each customer than the simple rule "each keeps buying at their own pace".
 *
 * @param customers         customers with a purchase day in calibration
 * @param meanAbsoluteError mean over customers of |predicted − actual| purchase days
 * @param baselineError     the same for the simple rule
 * @param closer            per customer, the simple rule's error minus the model's (above zero: the model came closer)
 */
public record BacktestReport(LocalDate calibrateUntil, LocalDate holdoutUntil, BgNbdFit fit, int customers,
                             long[] count, double[] predicted, long[] actual, double meanAbsoluteError,
                             double baselineError, PairedDifference closer, Path chart) {

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

    /**
     * The printed report in the marketer's language: what was measured, how far the total forecast was
     * off, and whether the model beat the simple rule and how sure that is, in sentences; then the
     * model's figures and the table by repeat purchase days, and where the chart is.
     */
    public String said(Words words) {
        StringBuilder text = new StringBuilder();
        text.append(words.text("backtest.title", words.date(calibrateUntil), words.count("count.customers", customers),
                words.date(calibrateUntil.plusDays(1)), words.date(holdoutUntil))).append('\n');
        double off = totalPredicted() - totalActual();
        text.append(words.text(off >= 0 ? "backtest.total.over" : "backtest.total.under", words.number(Math.round(totalPredicted())),
                totalActual(), words.percent(Math.abs(off) / Math.max(1, totalActual())))).append('\n');
        String verdict = closer.above() ? "backtest.better" : closer.below() ? "backtest.worse" : "backtest.even";
        text.append(words.text(verdict, words.decimal(Math.abs(closer.mean()), 3))).append("\n\n");

        text.append(words.text("backtest.figures")).append('\n');
        text.append(words.text("score.details.purchases", words.text(fit.customers() < customers ? "score.details.sample"
                : "score.details.all", words.count("count.customers", fit.customers())))).append('\n');
        text.append(ScoreReport.estimates(fit.estimates(), words)).append('\n');
        text.append("  ").append(words.text("backtest.error", words.decimal(meanAbsoluteError, 3), words.decimal(baselineError, 3),
                words.signed(closer.mean(), 3), words.signed(closer.low(), 3), words.signed(closer.high(), 3))).append('\n');
        String[] heads = words.text("backtest.table", words.date(calibrateUntil)).split("\\|");
        text.append(String.format("  %-34s %12s %22s %22s%n", heads[0], heads[1], heads[2], heads[3]));
        for (int g = 0; g < count.length; g++) {
            double n = Math.max(1, count[g]);
            text.append(String.format("  %-34s %12s %22s %22s%n", label(g), words.number(count[g]), words.decimal(predicted[g] / n, 3),
                    words.decimal(actual[g] / n, 3)));
        }
        return text.append(words.text("backtest.chart", chart)).append('\n').toString();
    }
}
