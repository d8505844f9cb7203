package fi.kanta.scoring;

/**
 * The hypergeometric part of the BG/NBD conditional expectation, the purchases expected in the next t
 * days of a customer who is alive:
 * <pre>
 * E = c/u · [1 - (1-z)^(r+x) 2F1(r+x, b+x; c; z)],   c = a+b+x-1, u = a-1, z = t/(α+T+t)
 * </pre>
 * Three ways to sum it, tried in order, each with an estimate of its own rounding error; the first
 * one that converges to about 1e-12 wins, otherwise the one with the smaller estimate:
 * <ol>
 *   <li><b>Euler</b>: 2F1(r+x, b+x; c; z) = (1-z)^(c-r-x-b-x) 2F1(A, u; c; z), A = a+b-1-r, gives
 *       {@code E = c (1-(1-z)^u)/u - (1-z)^u Σ_{k≥1} (A)_k (a)_(k-1) / ((c+1)_(k-1) k!) z^k}: no
 *       overflow for large x, no 0/0 at a = 1, no division by c. Its terms alternate while A + k &lt; 0,
 *       so it cancels when r exceeds a+b by much (A very negative).</li>
 *   <li><b>Textbook</b>: the series of 2F1(r+x, b+x; c; z) itself, whose terms all have one sign (from
 *       k = 1 on) and are summed scaled by (1-z)^(r+x) so that they cannot overflow. Good exactly where
 *       the first cancels, but it divides by u and so loses digits as a nears 1.</li>
 *   <li>Both series need about 40/(1-z) terms: when α+T is tiny against t (z within ~1e-4 of 1) neither
 *       finishes within {@value #TERMS} terms, and the general {@link Hypergeometric#hyp2f1} with its
 *       transformation to 1-z takes the Euler form.</li>
 * </ol>
 */
final class BgNbdExpectation {

    static final int TERMS = 100_000;
    private static final double GOOD_ENOUGH = 1e-12;
    private static final double ROUNDING = 2e-16;

    private BgNbdExpectation() {
    }

    static double purchasesIfAlive(BgNbd m, int x, double t, double days) {
        double scale = m.alpha() + t;
        double z = days / (scale + days);
        double logOneMinusZ = -Math.log1p(days / scale); // ln(1-z) = ln((α+T)/(α+T+t)), exact for tiny t
        double u = m.a() - 1;
        double c = m.a() + m.b() + x - 1;
        double[] euler = euler(m, u, c, z, logOneMinusZ);
        if (euler[1] <= GOOD_ENOUGH) {
            return euler[0];
        }
        double[] textbook = u == 0 ? new double[] {Double.NaN, Double.POSITIVE_INFINITY}
                : textbook(m, x, u, c, z, logOneMinusZ);
        if (textbook[1] <= GOOD_ENOUGH || (textbook[1] < euler[1])) {
            return textbook[0];
        }
        if (!Double.isNaN(euler[0])) {
            return euler[0];
        }
        double shiftedA = m.a() + m.b() - 1 - m.r();
        double uu = u == 0 ? 1e-9 : u; // a = 1 exactly: the limit, to the digits this route can give
        return c / uu * (1 - Math.exp(uu * logOneMinusZ) * Hypergeometric.hyp2f1(shiftedA, uu, c, z));
    }

    /** {value, estimated relative error}; NaN if the series did not converge. */
    private static double[] euler(BgNbd m, double u, double c, double z, double logOneMinusZ) {
        double a = m.a();
        double shiftedA = a + m.b() - 1 - m.r();
        double decay = Math.exp(u * logOneMinusZ); // (1-z)^u
        double firstPart = u == 0 ? -logOneMinusZ : -Math.expm1(u * logOneMinusZ) / u;
        double term = shiftedA * z; // k = 1
        double sum = term;
        double absolute = Math.abs(term);
        for (int k = 1; k < TERMS; k++) {
            double ratio = (shiftedA + k) * (a + k - 1) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            absolute += Math.abs(term);
            double rho = Math.max(Math.abs(ratio), z);
            if (term == 0 || (Math.abs(ratio) < 1 && Math.abs(term) * rho / (1 - rho) <= 1e-17 * Math.abs(sum))) {
                double value = c * firstPart - decay * sum;
                double error = ROUNDING * (Math.abs(c * firstPart) + decay * absolute) * Math.sqrt(k + 1);
                return new double[] {value, error / Math.abs(value)};
            }
        }
        return new double[] {Double.NaN, Double.POSITIVE_INFINITY};
    }

    /** {value, estimated relative error} of c/u [1 - (1-z)^(r+x) 2F1(r+x, b+x; c; z)]. */
    private static double[] textbook(BgNbd m, int x, double u, double c, double z, double logOneMinusZ) {
        double first = m.r() + x;
        double second = m.b() + x;
        // The series is summed already multiplied by (1-z)^(r+x): term and sum carry a factor e^logScale,
        // into which 1e200 is moved whenever a term passes it, so that nothing overflows for large r+x.
        double logScale = first * logOneMinusZ;
        double term = 1;
        double sum = 1;
        double absolute = 1;
        for (int k = 0; k < TERMS; k++) {
            double ratio = (first + k) * (second + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            absolute += Math.abs(term);
            if (Math.abs(term) > 1e200) {
                sum /= 1e200;
                absolute /= 1e200;
                term /= 1e200;
                logScale += Math.log(1e200);
            }
            double rho = Math.max(Math.abs(ratio), z);
            if (term == 0 || (Math.abs(ratio) < 1 && Math.abs(term) * rho / (1 - rho) <= 1e-17 * Math.abs(sum))) {
                double product = sum * Math.exp(logScale); // (1-z)^(r+x) 2F1(...)
                double value = c / u * (1 - product);
                double error = Math.abs(c / u) * ROUNDING * (1 + absolute * Math.exp(logScale)) * Math.sqrt(k + 1);
                return new double[] {value, error / Math.abs(value)};
            }
        }
        return new double[] {Double.NaN, Double.POSITIVE_INFINITY};
    }
}
