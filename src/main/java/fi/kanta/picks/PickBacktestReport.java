package fi.kanta.picks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What the picks' backtest found.
 *
 * @param customers     customers with order lines in the window ending on D1: each has both lists
 * @param buyers        of them, those who bought anything after D1 up to D2
 * @param picksHitBy    [k - 1]: customers who bought one of their top-k picks
 * @param popularHitBy  [k - 1]: the same for the baseline (their favourite category's best sellers)
 * @param difference    the share hit by the top 10 picks minus the baseline's
 * @param low           the difference's 95 % interval, lower end
 * @param high          its upper end
 */
public record PickBacktestReport(LocalDate calibrateUntil, LocalDate holdoutUntil, long customers, long buyers, long[] picksHitBy,
        long[] popularHitBy, double difference, double low, double high, Path chart) {

    static PickBacktestReport of(LocalDate calibrateUntil, LocalDate holdoutUntil, long customers, long buyers, long[] picksHitBy,
            long[] popularHitBy, long differenceSum, long differenceSquares, Path chart) {
        double n = Math.max(1, customers);
        double mean = differenceSum / n;
        double variance = customers > 1 ? (differenceSquares - n * mean * mean) / (n - 1) : 0;
        double half = 1.96 * Math.sqrt(Math.max(0, variance) / n);
        return new PickBacktestReport(calibrateUntil, holdoutUntil, customers, buyers, picksHitBy, popularHitBy, mean, mean - half,
                mean + half, chart);
    }

    /** The share of customers who bought one of their top-k picks (k from 1). */
    public double picksShare(int k) {
        return picksHitBy[k - 1] / (double) Math.max(1, customers);
    }

    public double popularShare(int k) {
        return popularHitBy[k - 1] / (double) Math.max(1, customers);
    }

    /** Whether the picks beat the baseline beyond chance: the whole interval above zero. */
    public boolean picksWin() {
        return low > 0;
    }

    /** The printed report. */
    public String format() {
        StringBuilder text = new StringBuilder();
        int top = picksHitBy.length;
        text.append(String.format(Locale.ROOT, "Backtest of the picks: fitted on order lines up to %s, tested on %s..%s%n",
                calibrateUntil, calibrateUntil.plusDays(1), holdoutUntil));
        text.append(String.format(Locale.ROOT, "%,d customers with order lines; %,d of them bought something in the test days%n",
                customers, buyers));
        text.append(String.format(Locale.ROOT, "Bought one of their top %d: picks %.2f%%, best sellers of their favourite category"
                + " %.2f%%%n", top, 100 * picksShare(top), 100 * popularShare(top)));
        text.append(String.format(Locale.ROOT, "Difference: %+.2f percentage points, 95%% interval %+.2f to %+.2f: %s%n",
                100 * difference, 100 * low, 100 * high, picksWin() ? "the picks do better"
                        : high < 0 ? "the best sellers do better" : "no clear difference"));
        text.append(String.format(Locale.ROOT, "%-6s %12s %14s%n", "top k", "picks", "best sellers"));
        for (int k = 1; k <= top; k++) {
            text.append(String.format(Locale.ROOT, "%-6d %11.2f%% %13.2f%%%n", k, 100 * picksShare(k), 100 * popularShare(k)));
        }
        text.append("Chart: ").append(chart).append('\n');
        return text.toString();
    }
}
