package fi.kanta.scoring;

import java.util.List;

/**
 * A fitted BG/NBD model with what a fit report shows: its log-likelihood, sample size and estimates.
 *
 * @param model         the fitted model, ready to score customers
 * @param logLikelihood the total log-likelihood at the fitted parameters (Hardie's form, days)
 * @param customers     the number of customers fitted
 * @param distinctRows  distinct (x, t_x, T) triples the likelihood was computed over
 * @param estimates     r, alpha (days), a, b with standard errors, in that order
 * @param converged     false if the optimiser stopped on its iteration limit (the estimates are then
 *                      the best point reached, still usable but worth a look)
 */
public record BgNbdFit(BgNbd model, double logLikelihood, long customers, int distinctRows,
        List<Estimate> estimates, boolean converged) {

    public BgNbdFit {
        estimates = List.copyOf(estimates);
    }
}
