package fi.kanta.report;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The statistics of target against holdout: the difference in conversion (two proportions,
 * unpooled normal standard error, the Wald interval) and in revenue per customer (Welch's
 * difference of means with the Welch–Satterthwaite degrees of freedom), both at 95 %.
 */
public final class Uplift {

    /** Below this many holdout customers the report does not conclude anything. */
    public static final long MIN_HOLDOUT = 100;
    /** Below this many buyers in either group the normal approximation is not to be trusted. */
    public static final long MIN_BUYERS = 10;

    private static final double CONFIDENCE = 0.95;
    private static final double Z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);

    private Uplift() {
    }

    /** Target conversion minus holdout conversion, p₁ − p₂ ± z·√(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂). */
    public static Interval conversion(GroupOutcome target, GroupOutcome holdout) {
        if (target.customers() == 0 || holdout.customers() == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        double p1 = target.conversion();
        double p2 = holdout.conversion();
        double se = Math.sqrt(p1 * (1 - p1) / target.customers() + p2 * (1 - p2) / holdout.customers());
        return around(p1 - p2, Z * se);
    }

    /** Target revenue per customer minus holdout's, with Welch's standard error and a t quantile. */
    public static Interval revenuePerCustomer(GroupOutcome target, GroupOutcome holdout) {
        if (target.customers() < 2 || holdout.customers() < 2) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        double a = target.revenueVariance() / target.customers();
        double b = holdout.revenueVariance() / holdout.customers();
        double difference = target.revenuePerCustomer() - holdout.revenuePerCustomer();
        if (a + b == 0) {
            return around(difference, 0);
        }
        double df = (a + b) * (a + b) / (a * a / (target.customers() - 1) + b * b / (holdout.customers() - 1));
        double quantile = new TDistribution(df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return around(difference, quantile * Math.sqrt(a + b));
    }

    /** Too few holdout customers, or too few buyers in either group, to say anything. */
    public static boolean tooSmall(GroupOutcome target, GroupOutcome holdout) {
        return holdout.customers() < MIN_HOLDOUT || target.buyers() < MIN_BUYERS || holdout.buyers() < MIN_BUYERS;
    }

    private static Interval around(double estimate, double margin) {
        return new Interval(estimate, estimate - margin, estimate + margin);
    }
}
