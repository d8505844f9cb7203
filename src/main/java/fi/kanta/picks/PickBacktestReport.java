package fi.kanta.picks;

import fi.kanta.words.Words;
import java.nio.file.Path;
import java.time.LocalDate;

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
        PairedDifference difference = PairedDifference.of(differenceSum, differenceSquares, customers);
        return new PickBacktestReport(calibrateUntil, holdoutUntil, customers, buyers, picksHitBy, popularHitBy, difference.mean(),
                difference.low(), difference.high(), chart);
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

    /**
     * The printed report in the marketer's language: what was measured and whether the picks did better
     * than the best sellers, and how sure that is, in sentences; then the figures (the shares for the
     * top 1 to 10 and the difference's interval) and where the chart is.
     */
    public String said(Words words) {
        int top = picksHitBy.length;
        StringBuilder text = new StringBuilder();
        text.append(words.text("picks.backtest.title", words.date(calibrateUntil), words.date(calibrateUntil.plusDays(1)),
                words.date(holdoutUntil))).append('\n');
        text.append(words.count("picks.backtest.customers", customers, buyers)).append('\n');
        text.append(words.text("picks.backtest.shares", top, points(picksShare(top), words), points(popularShare(top), words)))
                .append('\n');
        String verdict = picksWin() ? "picks.backtest.better" : high < 0 ? "picks.backtest.worse" : "picks.backtest.even";
        double nearEnd = picksWin() ? low : -high;
        text.append(words.text(verdict, words.decimal(100 * Math.abs(difference), 1), words.decimal(100 * nearEnd, 1), top))
                .append("\n\n");
        text.append(words.text("backtest.figures")).append('\n');
        text.append("  ").append(words.text("picks.backtest.difference", top, words.signed(100 * difference, 2),
                words.signed(100 * low, 2), words.signed(100 * high, 2))).append('\n');
        String[] heads = words.text("picks.backtest.table").split("\\|");
        text.append(String.format("  %-10s %14s %14s%n", heads[0], heads[1], heads[2]));
        for (int k = 1; k <= top; k++) {
            text.append(String.format("  %-10d %14s %14s%n", k, points(picksShare(k), words), points(popularShare(k), words)));
        }
        return text.append(words.text("backtest.chart", chart)).append('\n').toString();
    }

    /** A share as a percentage with two decimals, as the benchmark compares them: {@code 29.80 %}. */
    private static String points(double share, Words words) {
        return words.decimal(100 * share, 2) + " %";
    }
}
