package fi.kanta.scoring;

import java.util.SplittableRandom;

/**
 * The distributions of the buy-till-you-die story (exponential waits, Gamma rates, Beta
 * drop-outs), sampled from a {@link SplittableRandom} for the simulator and the demo shop.
 *
 * <p>Computed with {@link StrictMath}, whose results are specified to the bit: the same seed
 * gives the same draws on every machine and JDK, which {@code Math}'s intrinsics and
 * {@code RandomGenerator.nextGaussian()} do not promise.
 */
public final class RandomDraws {

    private RandomDraws() {
    }

    /** Exponential waiting time with the given rate (mean 1/rate). */
    public static double exponential(SplittableRandom random, double rate) {
        return -StrictMath.log(1.0 - random.nextDouble()) / rate; // 1 - u is in (0, 1]: never log(0)
    }

    /** Standard normal, Marsaglia's polar method. */
    public static double normal(SplittableRandom random) {
        while (true) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            }
        }
    }

    /**
     * Gamma with the given shape and rate (mean shape/rate), by Marsaglia and Tsang (2000): a
     * transformed normal accepted by a squeeze that almost always avoids the logarithms. A shape
     * below one is boosted: Gamma(k) = Gamma(k + 1) · U^(1/k).
     */
    public static double gamma(SplittableRandom random, double shape, double rate) {
        if (shape < 1) {
            double u = 1.0 - random.nextDouble();
            return gamma(random, shape + 1, rate) * StrictMath.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            double xx = x * x;
            if (u < 1 - 0.0331 * xx * xx
                    || StrictMath.log(u) < 0.5 * xx + d * (1 - v + StrictMath.log(v))) {
                return d * v / rate;
            }
        }
    }

    /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    public static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a, 1);
        double y = gamma(random, b, 1);
        return x + y == 0 ? 0.5 : x / (x + y);
    }
}
