package fi.kanta.scoring;

import org.apache.commons.math3.special.Gamma;

/**
 * The Gaussian hypergeometric function 2F1(a, b; c; z) for real parameters and real z &le; 1.
 *
 * <p>Its power series converges for |z| &lt; 1 but needs about 40/(1-z) terms near 1, so the argument
 * is first brought to where a series is fast (DLMF 15.8):
 * <ul>
 *   <li>z &lt; 0: Pfaff's transformation to w = z/(z-1) in (0, 1);</li>
 *   <li>0 &le; z &le; 0.9: the series itself (a few hundred terms at most, unless the parameters are
 *       large);</li>
 *   <li>0.9 &lt; z &lt; 1: the connection formula in 1-z (15.8.4), whose series converge at rate
 *       1-z &lt; 0.1; at an integer m = c-a-b, where its Γ(m) has a pole, the logarithmic limit
 *       (15.8.10). Both are sums of two parts that may cancel (large parameters, or m within 0.01 of
 *       an integer, where Γ(m) is huge): a result that cancelled by more than a factor
 *       {@value #MAX_CANCELLATION}, or an m that close to an integer, goes back to the plain series,
 *       capped at {@value #MAX_TERMS} terms (enough for z up to about 1 - 4e-6);</li>
 *   <li>z = 1: Gauss's sum, when c-a-b &gt; 0.</li>
 * </ul>
 * A nonpositive integer a or b makes the series a polynomial, summed as it stands for any z. Each
 * series stops once a bound on its remaining tail is below the rounding error of its sum.
 */
final class Hypergeometric {

    static final int MAX_TERMS = 10_000_000;
    private static final double EPSILON = 1e-17;
    private static final double SERIES_LIMIT = 0.9;
    /** A transformation whose parts are larger than the result by more than this is not trusted. */
    private static final double MAX_CANCELLATION = 1e4;
    private static final double NEAR_INTEGER = 0.01;

    private Hypergeometric() {
    }

    /** 2F1(a, b; c; z); an {@link ArithmeticException} where it is undefined or did not converge. */
    static double hyp2f1(double a, double b, double c, double z) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(z)) {
            return Double.NaN;
        }
        if (SpecialFunctions.isNonPositiveInteger(c) && !(terminatesBefore(a, c) || terminatesBefore(b, c))) {
            throw new ArithmeticException("2F1 undefined: c = " + c + " is a nonpositive integer");
        }
        if (z == 0 || a == 0 || b == 0) {
            return 1;
        }
        if (SpecialFunctions.isNonPositiveInteger(a) || SpecialFunctions.isNonPositiveInteger(b)) {
            return series(a, b, c, z); // a polynomial: any z
        }
        if (z > 1) {
            throw new ArithmeticException("2F1 is not real-valued for z > 1 (z = " + z + ")");
        }
        if (z == 1) {
            double m = c - a - b;
            if (!(m > 0)) {
                throw new ArithmeticException("2F1 diverges at z = 1 when c-a-b <= 0 (c-a-b = " + m + ")");
            }
            return SpecialFunctions.gammaRatio(new double[] {c, m}, new double[] {c - a, c - b});
        }
        if (z < 0) {
            // Pfaff: F(a,b;c;z) = (1-z)^-a F(a, c-b; c; z/(z-1)); keep the parameter that makes the
            // new series terminate if there is one.
            double w = z / (z - 1);
            if (SpecialFunctions.isNonPositiveInteger(c - a)) {
                return Math.pow(1 - z, -b) * hyp2f1(c - a, b, c, w);
            }
            return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, w);
        }
        if (z <= SERIES_LIMIT) {
            return series(a, b, c, z);
        }
        // Near 1 the series needs ~40/(1-z) terms; the connection formula converges fast but may cancel
        // (large parameters: two huge parts, a small sum). Take it only when it kept most digits.
        double m = c - a - b;
        double nearest = Math.rint(m);
        double distance = Math.abs(m - nearest);
        if (distance == 0 || distance >= NEAR_INTEGER) {
            double[] parts = distance == 0
                    ? integerConnection(a, b, c, z, (int) nearest)
                    : connection(a, b, c, z);
            double value = parts[0] + parts[1];
            if (Math.abs(parts[0]) + Math.abs(parts[1]) <= MAX_CANCELLATION * Math.abs(value)) {
                return value;
            }
        }
        return series(a, b, c, z);
    }

    /** The power series Σ (a)_k (b)_k / ((c)_k k!) z^k, for |z| &lt; 1 or a terminating series. */
    static double series(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            if (term == 0) {
                return sum; // a polynomial ended
            }
            // Past the largest term the ratios tend to z, so the tail is below |term| ρ / (1 - ρ).
            double rho = Math.max(Math.abs(ratio), Math.abs(z));
            if (Math.abs(ratio) < 1 && rho < 1 && Math.abs(term) * rho / (1 - rho) <= EPSILON * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1 series did not converge in " + MAX_TERMS + " terms (a=" + a
                + ", b=" + b + ", c=" + c + ", z=" + z + ")");
    }

    /** DLMF 15.8.4: the two series in 1-z, for c-a-b not an integer. */
    private static double[] connection(double a, double b, double c, double z) {
        double m = c - a - b;
        double first = SpecialFunctions.gammaRatio(new double[] {c, m}, new double[] {c - a, c - b});
        double second = SpecialFunctions.gammaRatio(new double[] {c, -m}, new double[] {a, b});
        double[] parts = new double[2];
        if (first != 0) {
            parts[0] = first * series(a, b, 1 - m, 1 - z);
        }
        if (second != 0) {
            parts[1] = second * Math.pow(1 - z, m) * series(c - a, c - b, 1 + m, 1 - z);
        }
        return parts;
    }

    /** DLMF 15.8.10: the logarithmic case c = a + b + m, m an integer (a negative m by Euler first). */
    private static double[] integerConnection(double a, double b, double c, double z, int m) {
        if (m < 0) {
            // Euler: F(a,b;c;z) = (1-z)^(c-a-b) F(c-a, c-b; c; z), whose c-a-b is -m > 0.
            double[] parts = integerConnection(c - a, c - b, c, z, -m);
            double factor = Math.pow(1 - z, m);
            return new double[] {factor * parts[0], factor * parts[1]};
        }
        double oneMinusZ = 1 - z;
        double finite = 0;
        if (m > 0) {
            // Γ(c)/(Γ(a+m)Γ(b+m)) Σ_{k<m} (a)_k (b)_k (m-k-1)!/k! (z-1)^k, the constants folded into
            // the first term so that no factorial overflows on its own.
            double term = SpecialFunctions.gammaRatio(new double[] {c, m}, new double[] {a + m, b + m});
            finite = term;
            for (int k = 1; k < m; k++) {
                term *= (a + k - 1) * (b + k - 1) / (k * (double) (m - k)) * -oneMinusZ;
                finite += term;
            }
        }
        double logTerm = Math.log(oneMinusZ);
        double coefficient = 1; // (a+m)_k (b+m)_k m! / (k! (k+m)!), the 1/m! moved into the prefactor
        double sum = 0;
        double psiK1 = -Gamma.GAMMA; // ψ(k+1)
        double psiKm1 = SpecialFunctions.digamma(m + 1); // ψ(k+m+1)
        double psiA = SpecialFunctions.digamma(a + m); // ψ(a+k+m)
        double psiB = SpecialFunctions.digamma(b + m); // ψ(b+k+m)
        boolean done = false;
        for (int k = 0; k < MAX_TERMS; k++) {
            double term = coefficient * (logTerm - psiK1 - psiKm1 + psiA + psiB);
            sum += term;
            if (k > 2 && Math.abs(term) <= EPSILON * Math.abs(sum)) {
                done = true;
                break;
            }
            coefficient *= (a + m + k) * (b + m + k) / ((k + 1.0) * (k + m + 1)) * oneMinusZ;
            psiK1 += 1 / (k + 1.0);
            psiKm1 += 1 / (k + m + 1.0);
            psiA += 1 / (a + m + k);
            psiB += 1 / (b + m + k);
        }
        if (!done) {
            throw new ArithmeticException("2F1 logarithmic series did not converge (a=" + a + ", b=" + b
                    + ", c=" + c + ", z=" + z + ")");
        }
        double prefactor = SpecialFunctions.gammaRatio(new double[] {c}, new double[] {a, b, m + 1});
        return new double[] {finite, -prefactor * Math.pow(-oneMinusZ, m) * sum};
    }

    /** True if a is a nonpositive integer above c, so the series ends before (c)_k reaches zero. */
    private static boolean terminatesBefore(double a, double c) {
        return SpecialFunctions.isNonPositiveInteger(a) && a > c;
    }
}
