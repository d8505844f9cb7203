package fi.kanta.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The customers a fit uses: all of them, or a seeded random sample when the base is larger than the
 * configured size (the fits are linear in customers; scoring stays on everyone).
 */
final class FitSample {

    private FitSample() {
    }

    /** Indexes into {@code customers}, ascending: all, or {@code size} of them drawn with {@code seed}. */
    static int[] indexes(List<CustomerSummary> customers, int size, long seed) {
        int n = customers.size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (n <= size) {
            return all;
        }
        // A partial Fisher-Yates shuffle: the first `size` slots are a uniform sample without replacement.
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] sample = Arrays.copyOf(all, size);
        Arrays.sort(sample); // customer order, so the fit's sums run in a fixed order
        return sample;
    }

    /** Fits BG/NBD to the sampled customers. */
    static BgNbdFit purchases(List<CustomerSummary> customers, int[] sample) {
        int[] x = new int[sample.length];
        double[] tx = new double[sample.length];
        double[] t = new double[sample.length];
        for (int i = 0; i < sample.length; i++) {
            CustomerSummary c = customers.get(sample[i]);
            x[i] = c.frequency();
            tx[i] = c.recencyDays();
            t[i] = c.tDays();
        }
        return BgNbd.fit(x, tx, t, null);
    }

    /** Fits Gamma-Gamma to the sampled customers (it keeps those with a repeat purchase). */
    static GammaGammaFit spend(List<CustomerSummary> customers, int[] sample) {
        int[] x = new int[sample.length];
        double[] m = new double[sample.length];
        for (int i = 0; i < sample.length; i++) {
            CustomerSummary c = customers.get(sample[i]);
            x[i] = c.frequency();
            m[i] = c.monetaryValue();
        }
        return GammaGamma.fit(x, m);
    }
}
