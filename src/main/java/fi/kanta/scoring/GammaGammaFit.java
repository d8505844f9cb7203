package fi.kanta.scoring;

import java.util.List;

/**
 * A fitted Gamma-Gamma model with its log-likelihood, sample size, estimates and the check of its
 * main assumption.
 *
 * @param model                        the fitted model
 * @param logLikelihood                total log-likelihood at the fitted parameters
 * @param customers                    customers fitted (those with a repeat purchase of positive value)
 * @param estimates                    p, q, gamma with standard errors, in that order
 * @param frequencyMonetaryCorrelation Pearson correlation of frequency and monetary value over the
 *                                     fitted customers; the model assumes it is near 0, and a value
 *                                     far from it (say beyond ±0.3) means the spend predictions are
 *                                     biased for frequent or for rare buyers
 * @param converged                    false if the optimiser stopped on its iteration limit
 */
public record GammaGammaFit(GammaGamma model, double logLikelihood, long customers, List<Estimate> estimates,
        double frequencyMonetaryCorrelation, boolean converged) {

    public GammaGammaFit {
        estimates = List.copyOf(estimates);
    }
}
