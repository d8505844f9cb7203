package fi.kanta.scoring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * BG/NBD input condensed: identical (x, t_x, T) triples merged into one row with a weight, rows sorted
 * by x so that everything that depends on x alone is computed once per x, and the distinct t_x and T
 * values listed once so that their logarithms are too.
 *
 * <p>A million customers in whole days have a few hundred thousand distinct triples but only a few
 * thousand distinct t_x and T values and a few hundred distinct x, which is what makes each likelihood
 * evaluation cheap.
 */
final class TripleData {

    /** Start of each x group in the rows; groupStart[groups] = rows. */
    final int[] groupStart;
    /** The x of each group. */
    final int[] groupX;
    /** Index of each row's t_x in {@link #recencyValues}, and of its T in {@link #ageValues}. */
    final int[] recencyIndex;
    final int[] ageIndex;
    final double[] recencyValues;
    final double[] ageValues;
    final double[] weight;
    final double totalWeight;
    final long customers;
    final double repeatPurchases;
    final double totalAge;

    private TripleData(int[] x, double[] tx, double[] t, double[] weight, long customers) {
        int rows = x.length;
        this.weight = weight;
        this.customers = customers;
        double w = 0;
        double repeats = 0;
        double age = 0;
        for (int i = 0; i < rows; i++) {
            w += weight[i];
            repeats += weight[i] * x[i];
            age += weight[i] * t[i];
        }
        this.totalWeight = w;
        this.repeatPurchases = repeats;
        this.totalAge = age;
        int groups = 0;
        for (int i = 0; i < rows; i++) {
            if (i == 0 || x[i] != x[i - 1]) {
                groups++;
            }
        }
        groupStart = new int[groups + 1];
        groupX = new int[groups];
        int g = 0;
        for (int i = 0; i < rows; i++) {
            if (i == 0 || x[i] != x[i - 1]) {
                groupStart[g] = i;
                groupX[g] = x[i];
                g++;
            }
        }
        groupStart[groups] = rows;
        recencyValues = distinct(tx);
        ageValues = distinct(t);
        recencyIndex = new int[rows];
        ageIndex = new int[rows];
        for (int i = 0; i < rows; i++) {
            recencyIndex[i] = Arrays.binarySearch(recencyValues, tx[i]);
            ageIndex[i] = Arrays.binarySearch(ageValues, t[i]);
        }
    }

    int rows() {
        return weight.length;
    }

    /** Merges the customers' triples; {@code counts} may be null (one customer per entry). */
    static TripleData of(int[] x, double[] tx, double[] t, long[] counts) {
        int n = x.length;
        if (tx.length != n || t.length != n || (counts != null && counts.length != n)) {
            throw new IllegalArgumentException("x, tx, T (and counts) must have the same length");
        }
        long customers = 0;
        for (int i = 0; i < n; i++) {
            check(x[i], tx[i], t[i]);
            long c = counts == null ? 1 : counts[i];
            if (c < 0) {
                throw new IllegalArgumentException("negative count " + c + " at " + i);
            }
            customers += c;
        }
        if (customers == 0) {
            throw new IllegalArgumentException("no customers to fit");
        }
        int[] rx = new int[n];
        double[] rtx = new double[n];
        double[] rt = new double[n];
        double[] rw = new double[n];
        int rows = counts == null && wholeDays(x, tx, t)
                ? mergePacked(x, tx, t, rx, rtx, rt, rw)
                : mergeSorted(x, tx, t, counts, rx, rtx, rt, rw);
        return new TripleData(Arrays.copyOf(rx, rows), Arrays.copyOf(rtx, rows), Arrays.copyOf(rt, rows),
                Arrays.copyOf(rw, rows), customers);
    }

    private static void check(int x, double tx, double t) {
        if (x < 0 || !(t >= 0) || Double.isInfinite(t) || !(tx >= 0 && tx <= t) || (x == 0 && tx != 0)) {
            throw new IllegalArgumentException("not a valid (x, t_x, T): (" + x + ", " + tx + ", " + t + ")");
        }
    }

    /** True if every value is a whole number small enough to pack into one long key. */
    private static boolean wholeDays(int[] x, double[] tx, double[] t) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= (1 << 14) || t[i] >= (1 << 24) || tx[i] != Math.rint(tx[i]) || t[i] != Math.rint(t[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whole days, the usual case: each triple packed into one long (14 bits x, 24 bits t_x, 24 bits T)
     * and the longs sorted as primitives, several times faster than sorting boxed indices.
     */
    private static int mergePacked(int[] x, double[] tx, double[] t, int[] rx, double[] rtx, double[] rt,
            double[] rw) {
        long[] keys = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            keys[i] = ((long) x[i] << 48) | ((long) tx[i] << 24) | (long) t[i];
        }
        Arrays.sort(keys);
        int rows = 0;
        for (int k = 0; k < keys.length; k++) {
            if (rows > 0 && keys[k] == keys[k - 1]) {
                rw[rows - 1]++;
            } else {
                rx[rows] = (int) (keys[k] >>> 48);
                rtx[rows] = (keys[k] >>> 24) & 0xFFFFFF;
                rt[rows] = keys[k] & 0xFFFFFF;
                rw[rows] = 1;
                rows++;
            }
        }
        return rows;
    }

    /** Any other input: indices sorted by (x, t_x, T), equal neighbours merged. */
    private static int mergeSorted(int[] x, double[] tx, double[] t, long[] counts, int[] rx, double[] rtx,
            double[] rt, double[] rw) {
        Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> x[i])
                .thenComparingDouble(i -> tx[i])
                .thenComparingDouble(i -> t[i]));
        int rows = 0;
        for (int i : order) {
            long c = counts == null ? 1 : counts[i];
            if (c == 0) {
                continue;
            }
            if (rows > 0 && rx[rows - 1] == x[i] && rtx[rows - 1] == tx[i] && rt[rows - 1] == t[i]) {
                rw[rows - 1] += c;
            } else {
                rx[rows] = x[i];
                rtx[rows] = tx[i] + 0.0; // -0.0 becomes 0.0, one value for the lookups below
                rt[rows] = t[i] + 0.0;
                rw[rows] = c;
                rows++;
            }
        }
        return rows;
    }

    private static double[] distinct(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }
}
