package fi.kanta.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** CLV from the two models, and the value scorer that fills the score columns. */
class ClvTest {

    private static final BgNbd PURCHASES = BgNbdFitTest.CDNOW;
    private static final GammaGamma SPEND = new GammaGamma(6.25, 3.74, 15.44);

    @Test
    void sumsDiscountedMonthlyIncrementsOfExpectedPurchases() {
        CustomerSummary c = new CustomerSummary(7, 4, 150, 250, 40, 200);
        double orderValue = SPEND.expectedOrderValue(c);
        double expected = 0;
        for (int m = 1; m <= 12; m++) { // the documented formula, term by term, from the public API
            double month = PURCHASES.expectedPurchases(c, 30 * m) - PURCHASES.expectedPurchases(c, 30 * (m - 1));
            expected += month * orderValue / Math.pow(1.01, m);
        }
        assertThat(Clv.DEFAULT.value(PURCHASES, SPEND, c)).isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void withoutDiscountTheSumTelescopes() {
        // d = 0: CLV = E[order value] · E[Y(M·D)]
        CustomerSummary c = new CustomerSummary(8, 2, 60, 300, 25, 80);
        double clv = new Clv(6, 0, 30).value(PURCHASES, SPEND, c);
        assertThat(clv).isCloseTo(SPEND.expectedOrderValue(c) * PURCHASES.expectedPurchases(c, 180), within(1e-12 * clv));
    }

    @Test
    void discountingAndHorizonBehave() {
        CustomerSummary c = new CustomerSummary(9, 3, 90, 120, 30, 120);
        double undiscounted = new Clv(12, 0, 30).value(PURCHASES, SPEND, c);
        double discounted = Clv.DEFAULT.value(PURCHASES, SPEND, c);
        double longer = new Clv(24, 0.01, 30).value(PURCHASES, SPEND, c);
        assertThat(discounted).isLessThan(undiscounted).isGreaterThan(undiscounted / 1.01 / 1.01 / 1.01 / 1.01 / 1.01
                / 1.01 / 1.01 / 1.01 / 1.01 / 1.01 / 1.01 / 1.01);
        assertThat(longer).isGreaterThan(discounted);
    }

    @Test
    void oneTimeBuyerIsValuedAtThePopulationMeanAndAGoneCustomerAtZero() {
        CustomerSummary once = new CustomerSummary(10, 0, 0, 100, 0, 30);
        assertThat(Clv.DEFAULT.value(PURCHASES, SPEND, once))
                .isCloseTo(Clv.DEFAULT.value(PURCHASES, 0, 0, 100, SPEND.meanOrderValue()), within(1e-12));
        CustomerSummary gone = new CustomerSummary(11, 2000, 1, 1000, 20, 40_000);
        assertThat(Clv.DEFAULT.value(PURCHASES, SPEND, gone)).isZero();
    }

    @Test
    void valueScorerFillsTheColumns() {
        CustomerSummary c = new CustomerSummary(12, 4, 150, 250, 40, 200);
        CustomerValue v = ValueScorer.of(PURCHASES, SPEND).score(c);
        assertThat(v.pAlive()).isEqualTo(PURCHASES.pAlive(c));
        assertThat(v.expectedPurchases()).isEqualTo(PURCHASES.expectedPurchases(c, 90));
        assertThat(v.expectedOrderValue()).isEqualTo(SPEND.expectedOrderValue(c));
        assertThat(v.clv()).isEqualTo(Clv.DEFAULT.value(PURCHASES, SPEND, c));
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new Clv(0, 0.01, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Clv(12, -0.01, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Clv(12, 0.01, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
