package fi.kanta.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way") with fixed
 * parameters: per customer, the probability of still being a customer and the purchases to expect.
 *
 * <p>While alive a customer buys as a Poisson process with rate λ ~ Gamma(shape r, rate α); after each
 * repeat purchase she leaves for good with probability p ~ Beta(a, b). Time is in days, so α is in
 * days too. Fit the parameters with {@link #fit(List)}.
 *
 * @param r     shape of the purchase rates
 * @param alpha rate (scale in days) of the purchase rates: the mean rate is r/α purchases per day
 * @param a     first shape of the drop-out probability
 * @param b     second shape of the drop-out probability
 */
public record BgNbd(double r, double alpha, double a, double b) {

    /** The box every fitted parameter is kept in; α is wider because it carries the time unit. */
    static final double LOWER = 1e-4;
    static final double UPPER = 1e4;
    static final double ALPHA_UPPER = 1e6;

    public BgNbd {
        for (double v : new double[] {r, alpha, a, b}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: r=" + r
                        + " alpha=" + alpha + " a=" + a + " b=" + b);
            }
        }
    }

    /** Fits the model to the customers by maximum likelihood. */
    public static BgNbdFit fit(List<CustomerSummary> customers) {
        int n = customers.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            x[i] = c.frequency();
            tx[i] = c.recencyDays();
            t[i] = c.tDays();
        }
        return fit(x, tx, t, null);
    }

    /**
     * Fits the model to (x, t_x, T) per customer, or per group of {@code counts[i]} identical customers
     * if {@code counts} is not null (so that SQL may {@code GROUP BY} the triples itself).
     *
     * <p>Maximum likelihood over (ln r, ln α, ln a, ln b), each kept in a box (r, a, b in [1e-4, 1e4],
     * α in [1e-4, 1e6] days), by BFGS from three fixed starting points scaled to the data's mean repeat
     * rate; the best is kept. No randomness: the same data give the same parameters to the bit.
     *
     * @throws IllegalArgumentException if there are no customers, a triple is invalid, or nobody has
     *                                  a repeat purchase (the model then has nothing to fit)
     */
    public static BgNbdFit fit(int[] x, double[] tx, double[] t, long[] counts) {
        TripleData data = TripleData.of(x, tx, t, counts);
        if (data.repeatPurchases == 0) {
            throw new IllegalArgumentException("no repeat purchases: the BG/NBD model cannot be fitted");
        }
        // The mean repeat rate (repeat days per day observed) sets the time scale of the starts, α = r/rate.
        double rate = data.repeatPurchases / Math.max(data.totalAge, 1e-9);
        List<double[]> starts = new ArrayList<>();
        for (double[] s : new double[][] {{1, 1, 1}, {0.5, 0.5, 3}, {2, 2, 8}}) {
            double alpha = Math.min(Math.max(s[0] / rate, 2 * LOWER), ALPHA_UPPER / 2);
            starts.add(MaximumLikelihood.logs(s[0], alpha, s[1], s[2]));
        }
        double[] lower = MaximumLikelihood.logs(LOWER, LOWER, LOWER, LOWER);
        double[] upper = MaximumLikelihood.logs(UPPER, ALPHA_UPPER, UPPER, UPPER);
        BgNbdLikelihood likelihood = new BgNbdLikelihood(data);
        MaximumLikelihood.Outcome outcome = MaximumLikelihood.fit(likelihood, starts, lower, upper, data.totalWeight);
        double[] p = outcome.point();
        BgNbd model = new BgNbd(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]));
        double ll = likelihood.logLikelihood(model.r, model.alpha, model.a, model.b, null);
        String[] names = {"r", "alpha", "a", "b"};
        double[] values = {model.r, model.alpha, model.a, model.b};
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            estimates.add(new Estimate(names[i], values[i], values[i] * outcome.standardErrors()[i]));
        }
        return new BgNbdFit(model, ll, data.customers, data.rows(), estimates, outcome.converged());
    }

    /** The customer's log-likelihood (Hardie's stable form); summed over customers it is the fit's. */
    public double logLikelihood(int x, double tx, double t) {
        TripleData one = TripleData.of(new int[] {x}, new double[] {tx}, new double[] {t}, null);
        return new BgNbdLikelihood(one).logLikelihood(r, alpha, a, b, null);
    }

    /** P(alive) of the customer: see {@link #pAlive(int, double, double)}. */
    public double pAlive(CustomerSummary c) {
        return pAlive(c.frequency(), c.recencyDays(), c.tDays());
    }

    /**
     * The probability that a customer with x repeat purchases, the last t_x days after the first, is
     * still active T days after the first purchase:
     * {@code 1 / (1 + [x>0] a/(b+x-1) ((α+T)/(α+t_x))^(r+x))}, the power taken in logarithms so that
     * it cannot overflow (it underflows to P = 0 instead). One purchase (x = 0) gives 1: the model lets
     * nobody leave before a repeat purchase.
     */
    public double pAlive(int x, double tx, double t) {
        check(x, tx, t);
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log((alpha + t) / (alpha + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /** Expected purchases in the next {@code days} days: see {@link #expectedPurchases(int, double, double, double)}. */
    public double expectedPurchases(CustomerSummary c, double days) {
        return expectedPurchases(c.frequency(), c.recencyDays(), c.tDays(), days);
    }

    /**
     * The expected number of purchase days in the {@code days} days after T, given the customer's
     * history (FHL 2005, eq. 10):
     * <pre>
     * E[Y(t) | x, t_x, T] = P(alive) · (a+b+x-1)/(a-1) · [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)]
     * z = t/(α+T+t)
     * </pre>
     * The textbook form overflows for large x (its 2F1 grows like (1-z)^-(r+x) before being multiplied
     * back down) and is 0/0 at a = 1; it is evaluated after Euler's transformation instead, with the
     * textbook series as the fallback where that one cancels (see {@code BgNbdExpectation}). With
     * x = t_x = T = 0 it is the expected purchases of a new customer, E[X(t)].
     */
    public double expectedPurchases(int x, double tx, double t, double days) {
        check(x, tx, t);
        if (!(days >= 0) || Double.isInfinite(days)) {
            throw new IllegalArgumentException("days must be finite and >= 0, was " + days);
        }
        if (days == 0) {
            return 0;
        }
        double expected = pAlive(x, tx, t) * purchasesIfAlive(x, t, days);
        return Math.max(0, expected); // rounding can leave -1e-17 for a tiny horizon
    }

    /**
     * The purchases expected in {@code days} days if the customer is alive, the bracketed factor of
     * {@link #expectedPurchases(int, double, double, double)}; {@link Clv} reuses it month by month.
     */
    double purchasesIfAlive(int x, double t, double days) {
        if (days == 0) {
            return 0;
        }
        return BgNbdExpectation.purchasesIfAlive(this, x, t, days);
    }

    private static void check(int x, double tx, double t) {
        if (x < 0 || !(t >= 0) || Double.isInfinite(t) || !(tx >= 0 && tx <= t) || (x == 0 && tx != 0)) {
            throw new IllegalArgumentException("not a valid (x, t_x, T): (" + x + ", " + tx + ", " + t + ")");
        }
    }
}
