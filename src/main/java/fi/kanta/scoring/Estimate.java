package fi.kanta.scoring;

/**
 * One fitted parameter with its standard error from the observed information (NaN where the
 * likelihood is too flat in that direction to give one), for fit reports as {@code name=value}.
 *
 * @param name          the parameter's name in the paper (r, alpha, a, b, p, q, gamma)
 * @param value         the maximum-likelihood estimate
 * @param standardError its asymptotic standard error, by the delta method from the log scale
 */
public record Estimate(String name, double value, double standardError) {

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
