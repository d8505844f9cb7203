package fi.kanta.scoring;

import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of the repeat customers' mean spend and its gradient, over
 * (ln p, ln(q-1), ln γ).
 *
 * <p>Per customer with x repeat purchases of mean value m (FHL 2005, "RFM and CLV", eq. 3):
 * <pre>
 * LL = lnΓ(px+q) - lnΓ(px) - lnΓ(q) + q ln γ + (px-1) ln m + px ln x - (px+q) ln(γ + m x)
 * </pre>
 * Customers are grouped by x, so the log-gamma terms are computed once per distinct x and each
 * customer costs one logarithm per evaluation.
 */
final class GammaGammaLikelihood implements Minimizer.Objective {

    private final int[] groupStart;
    private final int[] groupX;
    private final double[] groupLogM;
    private final double[] mean;
    private final int customers;

    /** Customers with x &gt; 0 and m &gt; 0 only: the caller has filtered. */
    GammaGammaLikelihood(int[] x, double[] m) {
        customers = x.length;
        // Counting sort by x (small integers): linear, where sorting boxed indices took seconds for a million.
        int maxX = 0;
        for (int v : x) {
            maxX = Math.max(maxX, v);
        }
        int[] count = new int[maxX + 2];
        for (int v : x) {
            count[v + 1]++;
        }
        int groups = 0;
        for (int v = 1; v <= maxX + 1; v++) {
            if (count[v] > 0) {
                groups++;
            }
        }
        groupStart = new int[groups + 1];
        groupX = new int[groups];
        groupLogM = new double[groups];
        int g = 0;
        int[] next = new int[maxX + 1];
        int position = 0;
        for (int v = 0; v <= maxX; v++) {
            next[v] = position;
            if (count[v + 1] > 0) {
                groupStart[g] = position;
                groupX[g] = v;
                g++;
            }
            position += count[v + 1];
        }
        mean = new double[customers];
        for (int i = 0; i < customers; i++) {
            mean[next[x[i]]++] = m[i];
        }
        for (int k = 0; k < groups; k++) {
            for (int i = groupStart[k]; i < (k + 1 < groups ? groupStart[k + 1] : customers); i++) {
                groupLogM[k] += Math.log(mean[i]);
            }
        }
        groupStart[groups] = customers;
    }

    int customers() {
        return customers;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double[] g = new double[3];
        double ll = logLikelihood(Math.exp(theta[0]), 1 + Math.exp(theta[1]), Math.exp(theta[2]), g);
        for (int i = 0; i < 3; i++) {
            gradient[i] = -g[i] / customers;
        }
        return -ll / customers;
    }

    /** The total log-likelihood; {@code gradient}, if not null, gets d/d ln p, d/d ln(q-1), d/d ln γ. */
    double logLikelihood(double p, double q, double gamma, double[] gradient) {
        double lgQ = Gamma.logGamma(q);
        double psiQ = SpecialFunctions.digamma(q);
        double logGamma = Math.log(gamma);
        double total = 0;
        double dp = 0;
        double dq = 0;
        double dGamma = 0;
        for (int g = 0; g < groupX.length; g++) {
            int x = groupX[g];
            double n = groupStart[g + 1] - groupStart[g];
            double px = p * x;
            double logX = Math.log(x);
            double sumLog = 0; // Σ ln(γ + m x)
            double sumInverse = 0; // Σ 1/(γ + m x)
            for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                double v = gamma + mean[i] * x;
                sumLog += Math.log(v);
                sumInverse += 1 / v;
            }
            double lgPxq = Gamma.logGamma(px + q);
            double lgPx = Gamma.logGamma(px);
            total += n * (lgPxq - lgPx - lgQ + q * logGamma + px * logX) + (px - 1) * groupLogM[g]
                    - (px + q) * sumLog;
            if (gradient != null) {
                double psiPxq = SpecialFunctions.digamma(px + q);
                dp += n * x * (psiPxq - SpecialFunctions.digamma(px) + logX) + x * groupLogM[g] - x * sumLog;
                dq += n * (psiPxq - psiQ + logGamma) - sumLog;
                dGamma += n * q / gamma - (px + q) * sumInverse;
            }
        }
        if (gradient != null) {
            gradient[0] = p * dp;
            gradient[1] = (q - 1) * dq;
            gradient[2] = gamma * dGamma;
        }
        return total;
    }
}
