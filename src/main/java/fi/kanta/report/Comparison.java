package fi.kanta.report;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * Target against holdout for one slice of a run ("all" or one channel): both groups' outcomes, the
 * offer codes redeemed, and what the slice cost to send.
 */
public record Comparison(String label, GroupOutcome target, GroupOutcome holdout, long offersRedeemed, BigDecimal costs) {

    public static final String TOO_SMALL = "the holdout is too small for a conclusion";
    public static final String NO_EFFECT = "no measurable effect";

    public Interval conversionDifference() {
        return Uplift.conversion(target, holdout);
    }

    public Interval revenueDifference() {
        return Uplift.revenuePerCustomer(target, holdout);
    }

    public boolean tooSmall() {
        return Uplift.tooSmall(target, holdout);
    }

    /** Revenue the campaign made on top of what the targets would have bought anyway. */
    public double incrementalRevenue() {
        double difference = revenueDifference().estimate();
        return Double.isNaN(difference) ? 0 : difference * target.customers();
    }

    /** (incremental revenue − costs) / costs; empty when nothing cost anything. */
    public OptionalDouble returnOnCost() {
        return costs.signum() > 0 ? OptionalDouble.of((incrementalRevenue() - costs.doubleValue()) / costs.doubleValue())
                : OptionalDouble.empty();
    }

    /** What a marketer may conclude about one difference, in plain words. */
    public String verdict(Interval difference) {
        if (tooSmall() || Double.isNaN(difference.estimate())) {
            return TOO_SMALL;
        }
        if (difference.includesZero()) {
            return NO_EFFECT;
        }
        return difference.estimate() > 0 ? "targets did better" : "targets did worse";
    }
}
