package fi.kanta.demo;

import java.util.SplittableRandom;

/**
 * The few distributions the demo shop needs, sampled from a {@link SplittableRandom}.
 *
 * <p>The model's distributions (Gamma, Beta, exponential) are {@link fi.kanta.scoring.RandomDraws},
 * shared with the scoring simulator.
 */
final class Draw {

    private Draw() {
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    /** One of the values, uniformly. */
    static <T> T oneOf(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
