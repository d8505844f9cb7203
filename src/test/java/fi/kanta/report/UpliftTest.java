package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The statistics on groups with known sums, against values worked out by hand (and checked with
 * scipy): p₁ − p₂ ± 1.95996·√(p₁q₁/n₁ + p₂q₂/n₂), and Welch's interval with its t quantile.
 */
class UpliftTest {

    /** 1,000 targets: 200 bought; revenue mean 30, standard deviation 40. */
    static final GroupOutcome TARGETS = group(1000, 200, 30, 40);
    /** 500 in the holdout: 75 bought; revenue mean 25, standard deviation 35. */
    static final GroupOutcome HOLDOUT = group(500, 75, 25, 35);

    @Test
    void conversionDifferenceHasTheUnpooledNormalInterval() {
        Interval difference = Uplift.conversion(TARGETS, HOLDOUT);

        // 0.2 − 0.15 = 0.05; SE = √(0.2·0.8/1000 + 0.15·0.85/500) = 0.0203715; z = 1.959964
        assertThat(difference.estimate()).isCloseTo(0.05, within(1e-12));
        assertThat(difference.low()).isCloseTo(0.0100725, within(1e-6));
        assertThat(difference.high()).isCloseTo(0.0899275, within(1e-6));
        assertThat(difference.includesZero()).isFalse();
    }

    @Test
    void revenueDifferenceHasWelchsInterval() {
        assertThat(TARGETS.revenueVariance()).isCloseTo(1600, within(1e-9));

        Interval difference = Uplift.revenuePerCustomer(TARGETS, HOLDOUT);

        // 30 − 25 = 5; SE = √(1600/1000 + 1225/500) = 2.012461; df = 1124.1, t = 1.962077
        assertThat(difference.estimate()).isCloseTo(5, within(1e-9));
        assertThat(difference.low()).isCloseTo(1.051397, within(1e-5));
        assertThat(difference.high()).isCloseTo(8.948603, within(1e-5));
    }

    @Test
    void theSameResultInBothGroupsIsNoMeasurableEffect() {
        Comparison same = new Comparison("all", TARGETS, group(1000, 200, 30, 40), 0, BigDecimal.TEN);

        assertThat(same.conversionDifference().estimate()).isZero();
        assertThat(same.conversionDifference().includesZero()).isTrue();
        assertThat(same.revenueDifference().includesZero()).isTrue();
        assertThat(same.verdict(same.conversionDifference())).isEqualTo(Comparison.NO_EFFECT).isEqualTo("no measurable effect");
        assertThat(same.verdict(same.revenueDifference())).isEqualTo(Comparison.NO_EFFECT);
        assertThat(same.incrementalRevenue()).isZero();
        assertThat(same.returnOnCost().getAsDouble()).isEqualTo(-1); // all of the cost lost
    }

    @Test
    void aSmallDifferenceInsideTheNoiseIsNoMeasurableEffect() {
        Comparison close = new Comparison("all", TARGETS, group(500, 95, 29, 40), 0, BigDecimal.ZERO);

        assertThat(close.conversionDifference().estimate()).isCloseTo(0.01, within(1e-12));
        assertThat(close.verdict(close.conversionDifference())).isEqualTo(Comparison.NO_EFFECT);
        assertThat(close.returnOnCost()).isEmpty();
    }

    @Test
    void aTinyHoldoutIsTooSmallForAConclusionHoweverLargeTheDifference() {
        GroupOutcome tiny = group(20, 1, 5, 10);
        Comparison comparison = new Comparison("all", TARGETS, tiny, 0, BigDecimal.ONE);

        assertThat(comparison.conversionDifference().includesZero()).isFalse(); // the numbers alone would say "better"
        assertThat(comparison.tooSmall()).isTrue();
        assertThat(comparison.verdict(comparison.conversionDifference())).isEqualTo("the holdout is too small for a conclusion");
        assertThat(comparison.verdict(comparison.revenueDifference())).isEqualTo(Comparison.TOO_SMALL);
    }

    @Test
    void tooFewBuyersInEitherGroupIsTooSmallToo() {
        assertThat(Uplift.tooSmall(TARGETS, group(5000, 9, 1, 1))).isTrue();
        assertThat(Uplift.tooSmall(group(5000, 9, 1, 1), HOLDOUT)).isTrue();
        assertThat(Uplift.tooSmall(TARGETS, group(100, 10, 1, 1))).isFalse();
    }

    /** A group with this revenue mean and standard deviation: the sums are what the database would return. */
    static GroupOutcome group(long customers, long buyers, double mean, double sd) {
        double revenue = customers * mean;
        double squares = (customers - 1) * sd * sd + customers * mean * mean;
        return new GroupOutcome(customers, buyers, BigDecimal.valueOf(revenue), BigDecimal.valueOf(squares));
    }
}
