package fi.kanta.scoring;

import org.apache.commons.math3.special.Gamma;

/** Gamma-function helpers over the whole real line, for the hypergeometric function and the likelihoods. */
final class SpecialFunctions {

    private SpecialFunctions() {
    }

    /** Π Γ(up) / Π Γ(down), through logarithms so that large arguments do not overflow midway. */
    static double gammaRatio(double[] up, double[] down) {
        for (double x : down) {
            if (isNonPositiveInteger(x)) {
                return 0; // 1/Γ has a zero there
            }
        }
        double log = 0;
        int sign = 1;
        for (double x : up) {
            if (isNonPositiveInteger(x)) {
                throw new ArithmeticException("Γ has a pole at " + x);
            }
            log += logAbsGamma(x);
            sign *= signGamma(x);
        }
        for (double x : down) {
            log -= logAbsGamma(x);
            sign *= signGamma(x);
        }
        return sign * Math.exp(log);
    }

    /**
     * ψ(x) for any real x that is not a pole: the recurrence ψ(x) = ψ(x+1) - 1/x up to x &ge; 10, then the
     * asymptotic series to x^-14 (error below 1e-16 there); reflection below zero. Written out because
     * commons-math's digamma is off by about 3e-9 for small x, which the logarithmic case of 2F1 needs
     * better than.
     */
    static double digamma(double x) {
        if (x <= 0) {
            if (x == Math.rint(x)) {
                return Double.NaN;
            }
            // ψ(1-x) - ψ(x) = π cot(πx)
            return digamma(1 - x) - Math.PI / Math.tan(Math.PI * (x - Math.rint(x)));
        }
        double shift = 0;
        while (x < 10) {
            shift -= 1 / x;
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 / 12))))));
        return shift + Math.log(x) - 0.5 * inv - series;
    }

    /** ln |Γ(x)| for any real x that is not a pole, by reflection below zero. */
    static double logAbsGamma(double x) {
        if (x > 0) {
            return Gamma.logGamma(x);
        }
        // Γ(x) Γ(1-x) = π / sin(πx)
        return Math.log(Math.PI / Math.abs(sinPi(x))) - Gamma.logGamma(1 - x);
    }

    private static int signGamma(double x) {
        if (x > 0) {
            return 1;
        }
        return sinPi(x) > 0 ? 1 : -1;
    }

    /** sin(πx), exact at integers and accurate for large |x| (reduced before multiplying by π). */
    private static double sinPi(double x) {
        double r = x - 2 * Math.rint(x / 2); // in [-1, 1]
        return Math.sin(Math.PI * r);
    }

    static boolean isNonPositiveInteger(double x) {
        return x <= 0 && x == Math.rint(x);
    }

}
