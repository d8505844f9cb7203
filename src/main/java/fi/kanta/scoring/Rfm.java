package fi.kanta.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFM scoring of a customer base: recency, frequency and monetary quintile scores 1-5 and a segment.
 *
 * <p>R ranks days since the last purchase (fewer is better), F the number of purchase days, M the total
 * spend. Each score is a quintile of the customer's percent rank, with ties kept together:
 * <pre>
 * below = customers with a strictly worse value
 * score = 1 + min(4, floor(5 · below / (n - 1)))      (1 when n = 1)
 * </pre>
 * This is SQL's {@code 1 + LEAST(4, FLOOR(5 * PERCENT_RANK() OVER (ORDER BY value)))}: equal values get
 * equal scores, that of the lowest rank among them (so the 40 % who bought once all get F = 1, not
 * some 1 and some 2); the worst value always scores 1 and the best 5 (once n &ge; 2). On a large base
 * without ties each score holds a fifth of the customers. On tiny bases the scores spread over the
 * range: two customers score 1 and 5, four score 1, 2, 4, 5, one alone scores 1 (nobody is worse).
 */
public final class Rfm {

    private Rfm() {
    }

    /** Scores and segments every customer with {@link RfmSegments#DEFAULT}; the result is in input order. */
    public static List<RfmScore> score(List<CustomerSummary> customers) {
        return score(customers, RfmSegments.DEFAULT);
    }

    /** Scores every customer and names the segment with the given table; the result is in input order. */
    public static List<RfmScore> score(List<CustomerSummary> customers, RfmSegments segments) {
        int n = customers.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            recency[i] = -c.daysSinceLastPurchase(); // fewer days is better
            frequency[i] = c.purchaseDays();
            monetary[i] = c.totalSpend();
        }
        int[] r = quintiles(recency);
        int[] f = quintiles(frequency);
        int[] m = quintiles(monetary);
        List<RfmScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            scores.add(new RfmScore(r[i], f[i], m[i], segments.segmentOf(r[i], f[i])));
        }
        return scores;
    }

    /** The quintile score 1..5 of each value by the rule above; higher values score higher. */
    public static int[] quintiles(double[] values) {
        int n = values.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("NaN at " + i + ": RFM needs comparable values");
            }
            sorted[i] = values[i] + 0.0; // -0.0 becomes 0.0: equal values must compare equal in the sort
        }
        Arrays.sort(sorted);
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            long below = lowerBound(sorted, values[i] + 0.0);
            scores[i] = n == 1 ? 1 : 1 + (int) Math.min(4, 5 * below / (n - 1));
        }
        return scores;
    }

    /** The number of elements strictly below {@code v} in a sorted array. */
    private static int lowerBound(double[] sorted, double v) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < v) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
