package fi.kanta.scoring;

import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD log-likelihood of the whole base and its gradient, over log-parameters.
 *
 * <p>Per customer, in the form of Hardie's note "Overcoming the BG/NBD model's #NUM! error":
 * <pre>
 * A1 = lnΓ(r+x) - lnΓ(r) + r ln α
 * A2 = lnΓ(a+b) + lnΓ(b+x) - lnΓ(b) - lnΓ(a+b+x)
 * A3 = -(r+x) ln(α+T)
 * A4 = ln a - ln(b+x-1) - (r+x) ln(α+t_x)        (only when x &gt; 0)
 * LL = A1 + A2 + ln(e^A3 + e^A4)                  the last term by log-sum-exp
 * </pre>
 * Nothing is exponentiated except e^-|A3-A4| &le; 1, so a customer with hundreds of purchases cannot
 * overflow. A1 and A2 depend on x alone and are computed once per distinct x; the logarithms of α+T
 * and α+t_x once per distinct value.
 */
final class BgNbdLikelihood implements Minimizer.Objective {

    private final TripleData data;
    private final double[] logAge;
    private final double[] inverseAge;
    private final double[] logRecency;
    private final double[] inverseRecency;

    BgNbdLikelihood(TripleData data) {
        this.data = data;
        logAge = new double[data.ageValues.length];
        inverseAge = new double[data.ageValues.length];
        logRecency = new double[data.recencyValues.length];
        inverseRecency = new double[data.recencyValues.length];
    }

    /** Minus the mean log-likelihood per customer, with its gradient over (ln r, ln α, ln a, ln b). */
    @Override
    public double valueAndGradient(double[] logParameters, double[] gradient) {
        double[] g = new double[4];
        double ll = logLikelihood(Math.exp(logParameters[0]), Math.exp(logParameters[1]),
                Math.exp(logParameters[2]), Math.exp(logParameters[3]), g);
        for (int i = 0; i < 4; i++) {
            gradient[i] = -g[i] / data.totalWeight;
        }
        return -ll / data.totalWeight;
    }

    /**
     * The total log-likelihood at (r, α, a, b); {@code gradient}, if not null, receives its derivatives
     * by ln r, ln α, ln a and ln b.
     */
    double logLikelihood(double r, double alpha, double a, double b, double[] gradient) {
        for (int j = 0; j < logAge.length; j++) {
            double v = alpha + data.ageValues[j];
            logAge[j] = Math.log(v);
            inverseAge[j] = 1 / v;
        }
        for (int j = 0; j < logRecency.length; j++) {
            double v = alpha + data.recencyValues[j];
            logRecency[j] = Math.log(v);
            inverseRecency[j] = 1 / v;
        }
        double logAlpha = Math.log(alpha);
        double lgR = Gamma.logGamma(r);
        double lgB = Gamma.logGamma(b);
        double lgAB = Gamma.logGamma(a + b);
        double psiR = SpecialFunctions.digamma(r);
        double psiB = SpecialFunctions.digamma(b);
        double psiAB = SpecialFunctions.digamma(a + b);
        double total = 0;
        double dr = 0;
        double dAlpha = 0;
        double da = 0;
        double db = 0;
        int[] start = data.groupStart;
        for (int g = 0; g < data.groupX.length; g++) {
            int x = data.groupX[g];
            double rx = r + x;
            double a1 = Gamma.logGamma(rx) - lgR + r * logAlpha;
            double a2 = lgAB + Gamma.logGamma(b + x) - lgB - Gamma.logGamma(a + b + x);
            double sumW = 0;
            double sumL = 0;
            double sumPi = 0; // Σ w π, π = the share of the A4 term ("alive at t_x, then left")
            double sumLog = 0; // Σ w [(1-π) ln(α+T) + π ln(α+t_x)]
            double sumInverse = 0; // Σ w [(1-π)/(α+T) + π/(α+t_x)]
            if (x == 0) {
                for (int i = start[g]; i < start[g + 1]; i++) {
                    double w = data.weight[i];
                    int k = data.ageIndex[i];
                    sumW += w;
                    sumLog += w * logAge[k];
                    sumInverse += w * inverseAge[k];
                }
                sumL = -rx * sumLog;
            } else {
                double a4Constant = Math.log(a) - Math.log(b + x - 1);
                for (int i = start[g]; i < start[g + 1]; i++) {
                    double w = data.weight[i];
                    int k = data.ageIndex[i];
                    int m = data.recencyIndex[i];
                    double a3 = -rx * logAge[k];
                    double a4 = a4Constant - rx * logRecency[m];
                    double pi;
                    double l;
                    if (a4 >= a3) {
                        double e = Math.exp(a3 - a4);
                        l = a4 + Math.log(1 + e);
                        pi = 1 / (1 + e);
                    } else {
                        double e = Math.exp(a4 - a3);
                        l = a3 + Math.log(1 + e);
                        pi = e / (1 + e);
                    }
                    sumW += w;
                    sumL += w * l;
                    sumPi += w * pi;
                    sumLog += w * ((1 - pi) * logAge[k] + pi * logRecency[m]);
                    sumInverse += w * ((1 - pi) * inverseAge[k] + pi * inverseRecency[m]);
                }
            }
            total += sumW * (a1 + a2) + sumL;
            if (gradient != null) {
                double psiABX = SpecialFunctions.digamma(a + b + x);
                dr += sumW * (SpecialFunctions.digamma(rx) - psiR + logAlpha) - sumLog;
                dAlpha += sumW * r / alpha - rx * sumInverse;
                da += sumW * (psiAB - psiABX) + (x == 0 ? 0 : sumPi / a);
                db += sumW * (psiAB + SpecialFunctions.digamma(b + x) - psiB - psiABX) - (x == 0 ? 0 : sumPi / (b + x - 1));
            }
        }
        if (gradient != null) {
            gradient[0] = r * dr;
            gradient[1] = alpha * dAlpha;
            gradient[2] = a * da;
            gradient[3] = b * db;
        }
        return total;
    }
}
