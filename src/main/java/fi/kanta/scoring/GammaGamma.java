package fi.kanta.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV: Using iso-value curves")
 * with fixed parameters: a customer's expected value of a purchase day.
 *
 * <p>Each purchase's value is Gamma(shape p, rate ν); ν differs between customers as Gamma(shape q,
 * rate γ). The mean value over a customer's purchases is then all the data need carry, and the
 * population mean order value is pγ/(q-1), defined only for q &gt; 1. The model assumes spend is
 * independent of how often one buys. Fit the parameters with {@link #fit(List)}.
 *
 * @param p     shape of the value of one purchase
 * @param q     shape of the customers' rates ν, &gt; 1
 * @param gamma rate of the customers' rates ν (carries the currency unit)
 */
public record GammaGamma(double p, double q, double gamma) {

    static final double LOWER = 1e-4;
    static final double UPPER = 1e4;
    static final double GAMMA_UPPER = 1e9;

    public GammaGamma {
        if (!(p > 0) || !(q > 1) || !(gamma > 0) || Double.isInfinite(p) || Double.isInfinite(q)
                || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("Gamma-Gamma needs p > 0, q > 1, gamma > 0 (finite): p=" + p
                    + " q=" + q + " gamma=" + gamma);
        }
    }

    /** Fits the model to the customers with a repeat purchase and a positive mean repeat value. */
    public static GammaGammaFit fit(List<CustomerSummary> customers) {
        int n = customers.size();
        int[] x = new int[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = customers.get(i).frequency();
            m[i] = customers.get(i).monetaryValue();
        }
        return fit(x, m);
    }

    /**
     * Fits the model by maximum likelihood to the customers with x &gt; 0 and m &gt; 0 (others are
     * skipped: without a repeat purchase there is no repeat value). The parameters are fitted as
     * (ln p, ln(q-1), ln γ), so q stays above 1, each in a box (p, q-1 in [1e-4, 1e4], γ in
     * [1e-4, 1e9]), by BFGS from three fixed starts scaled to the mean spend; the best is kept.
     *
     * @param x frequency (repeat purchase days) per customer
     * @param m mean repeat purchase value per customer
     * @throws IllegalArgumentException if fewer than two customers have a repeat purchase
     */
    public static GammaGammaFit fit(int[] x, double[] m) {
        if (x.length != m.length) {
            throw new IllegalArgumentException("x and m must have the same length");
        }
        int kept = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && m[i] > 0) {
                if (!Double.isFinite(m[i])) {
                    throw new IllegalArgumentException("monetary value must be finite, was " + m[i] + " at " + i);
                }
                kept++;
            }
        }
        if (kept < 2) {
            throw new IllegalArgumentException("Gamma-Gamma needs at least two customers with repeat purchases, had "
                    + kept);
        }
        int[] fx = new int[kept];
        double[] fm = new double[kept];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && m[i] > 0) {
                fx[k] = x[i];
                fm[k] = m[i];
                k++;
            }
        }
        double meanSpend = 0;
        for (double v : fm) {
            meanSpend += v / kept;
        }
        // Starts where the population mean pγ/(q-1) equals the observed mean spend.
        List<double[]> starts = new ArrayList<>();
        for (double[] s : new double[][] {{1, 2}, {4, 4}, {10, 10}}) {
            double gamma = meanSpend * (s[1] - 1) / s[0];
            starts.add(new double[] {Math.log(s[0]), Math.log(s[1] - 1), Math.log(gamma)});
        }
        double[] lower = MaximumLikelihood.logs(LOWER, LOWER, LOWER);
        double[] upper = MaximumLikelihood.logs(UPPER, UPPER, GAMMA_UPPER);
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(fx, fm);
        MaximumLikelihood.Outcome outcome = MaximumLikelihood.fit(likelihood, starts, lower, upper, kept);
        double[] t = outcome.point();
        GammaGamma model = new GammaGamma(Math.exp(t[0]), 1 + Math.exp(t[1]), Math.exp(t[2]));
        double ll = likelihood.logLikelihood(model.p, model.q, model.gamma, null);
        double[] se = outcome.standardErrors();
        List<Estimate> estimates = List.of(
                new Estimate("p", model.p, model.p * se[0]),
                new Estimate("q", model.q, (model.q - 1) * se[1]),
                new Estimate("gamma", model.gamma, model.gamma * se[2]));
        return new GammaGammaFit(model, ll, kept, estimates, correlation(fx, fm), outcome.converged());
    }

    /** The population's mean value of a purchase day, pγ/(q-1): what a customer without repeats gets. */
    public double meanOrderValue() {
        return p * gamma / (q - 1);
    }

    /** The customer's expected order value: see {@link #expectedOrderValue(int, double)}. */
    public double expectedOrderValue(CustomerSummary c) {
        return expectedOrderValue(c.frequency(), c.monetaryValue());
    }

    /**
     * The expected value of the customer's future purchase days given x repeat purchases of mean m
     * (FHL 2005, eq. 5): {@code (γ + m x) p / (p x + q - 1)}, a weighted mean of the population mean
     * pγ/(q-1) and the customer's own m that leans towards m as x grows. With x = 0 it is the
     * population mean.
     */
    public double expectedOrderValue(int x, double m) {
        if (x < 0 || !(m >= 0) || Double.isInfinite(m)) {
            throw new IllegalArgumentException("need x >= 0 and a finite m >= 0, had x=" + x + " m=" + m);
        }
        if (x == 0) {
            return meanOrderValue();
        }
        return (gamma + m * x) * p / (p * x + q - 1);
    }

    /** Pearson correlation of x and m; NaN if either is constant. */
    static double correlation(int[] x, double[] m) {
        int n = x.length;
        double mx = 0;
        double mm = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            mm += m[i];
        }
        mx /= n;
        mm /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = m[i] - mm;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
