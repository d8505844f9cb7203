package fi.kanta.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

/**
 * The Gamma-Gamma spend model: expected order values by hand, the likelihood by integration, and
 * parameter recovery from simulated customers.
 *
 * <p>Recovery tolerance, as for BG/NBD ({@link BgNbdFitTest}): 4 observed-information standard errors.
 * Offline over 20 seeds (1000..1019), on the repeat customers of the same simulations:
 * <pre>
 * set                        n      param  truth  mean of fits  sd     mean SE  max |z|
 * CDNOW spend (6.25,3.74,15.44) ~8,200  p  6.25   6.20          0.30   0.37     1.92
 *                                       q  3.74   3.749         0.078  0.094    1.75
 *                                   gamma  15.44  15.69         1.11   1.31     1.75
 * (2, 5, 100)                  ~17,400  p  2      1.985         0.041  0.050    2.26
 *                                       q  5      4.999         0.078  0.086    3.07
 *                                   gamma  100    100.97        3.20   3.92     1.56
 * </pre>
 */
class GammaGammaTest {

    private static final GammaGamma CDNOW_SPEND = new GammaGamma(6.25, 3.74, 15.44);

    @Test
    void recoversCdnowSpendParameters() {
        assertRecovers(CDNOW_SPEND, BgNbdFitTest.cdnowCustomers(), 0.1);
    }

    @Test
    void recoversASecondParameterSet() {
        assertRecovers(new GammaGamma(2, 5, 100), BgNbdFitTest.demoCustomers(), 0.05);
    }

    private static void assertRecovers(GammaGamma truth, List<CustomerSummary> customers, double maxRelativeSe) {
        GammaGammaFit fit = GammaGamma.fit(customers);
        long repeaters = customers.stream().filter(c -> c.frequency() > 0).count();
        assertThat(fit.customers()).isEqualTo(repeaters);
        assertThat(fit.converged()).isTrue();
        double[] truths = {truth.p(), truth.q(), truth.gamma()};
        assertThat(fit.estimates()).extracting(Estimate::name).containsExactly("p", "q", "gamma");
        for (int i = 0; i < 3; i++) {
            Estimate e = fit.estimates().get(i);
            assertThat(e.standardError()).as(e.name() + " SE").isPositive().isLessThan(maxRelativeSe * truths[i]);
            assertThat(e.value()).as(e.name()).isCloseTo(truths[i], within(4 * e.standardError()));
        }
        // Simulated spend is independent of frequency: the correlation is sampling noise, SE ≈ 1/√n ≈ 0.01.
        assertThat(fit.frequencyMonetaryCorrelation()).isCloseTo(0, within(0.05));
    }

    @Test
    void expectedOrderValueByHand() {
        // E = w · pγ/(q-1) + (1-w) · m with w = (q-1)/(px+q-1): the population mean and the customer's own,
        // weighted. p = 6.25, q = 3.74, γ = 15.44: population mean 6.25·15.44/2.74 = 35.218978...
        double population = 6.25 * 15.44 / 2.74;
        assertThat(CDNOW_SPEND.meanOrderValue()).isCloseTo(population, within(1e-12));
        double w = 2.74 / (6.25 * 2 + 2.74);
        assertThat(CDNOW_SPEND.expectedOrderValue(2, 30)).isCloseTo(w * population + (1 - w) * 30, within(1e-12));
        // x = 0: nothing known about the customer, the population mean
        assertThat(CDNOW_SPEND.expectedOrderValue(0, 0)).isEqualTo(CDNOW_SPEND.meanOrderValue());
        // many repeats: close to the customer's own mean
        assertThat(CDNOW_SPEND.expectedOrderValue(1000, 80)).isCloseTo(80, within(0.1));
        assertThat(CDNOW_SPEND.expectedOrderValue(new CustomerSummary(1, 2, 50, 60, 30, 95)))
                .isEqualTo(CDNOW_SPEND.expectedOrderValue(2, 30));
    }

    @Test
    void likelihoodMatchesIntegrationOverTheCustomersRate() {
        // The mean of x values ~ Gamma(p, ν) is Gamma(px, rate xν); ν ~ Gamma(q, γ) integrated out
        // numerically must give the closed-form density of eq. 3.
        double p = 2.5;
        double q = 3.2;
        double gamma = 40;
        for (int x : new int[] {1, 3, 12}) {
            for (double m : new double[] {5, 25, 140}) {
                GammaGammaLikelihood ll = new GammaGammaLikelihood(new int[] {x}, new double[] {m});
                double closed = ll.logLikelihood(p, q, gamma, null);
                double integral = Math.log(densityByIntegration(p, q, gamma, x, m));
                assertThat(closed).as("x=%d m=%s", x, m).isCloseTo(integral, within(1e-9));
            }
        }
    }

    @Test
    void likelihoodGradientMatchesFiniteDifferences() {
        List<CustomerSummary> customers = BgNbdFitTest.cdnowCustomers().subList(0, 3000);
        int[] x = customers.stream().filter(c -> c.frequency() > 0).mapToInt(CustomerSummary::frequency).toArray();
        double[] m = customers.stream().filter(c -> c.frequency() > 0).mapToDouble(CustomerSummary::monetaryValue)
                .toArray();
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(x, m);
        double[] point = {Math.log(3), Math.log(2), Math.log(20)};
        double[] gradient = new double[3];
        likelihood.valueAndGradient(point, gradient);
        for (int i = 0; i < 3; i++) {
            double h = 1e-6;
            double[] up = point.clone();
            double[] down = point.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (likelihood.valueAndGradient(up, new double[3])
                    - likelihood.valueAndGradient(down, new double[3])) / (2 * h);
            assertThat(gradient[i]).as("parameter %d", i).isCloseTo(numeric, within(1e-7));
        }
    }

    @Test
    void qStaysAboveOneOnHeavyTailedSpend() {
        // q barely above 1 is a spend distribution with a barely finite mean; the fit keeps q > 1 by
        // construction (q = 1 + e^θ) and the expected values stay finite.
        List<CustomerSummary> customers = new BgNbdSimulator(BgNbdFitTest.DEMO, new GammaGamma(1.5, 1.05, 2))
                .simulate(5000, 300, 1095, false, 8);
        GammaGammaFit fit = GammaGamma.fit(customers);
        assertThat(fit.model().q()).isGreaterThan(1);
        assertThat(fit.model().meanOrderValue()).isFinite().isPositive();
        assertThat(fit.model().expectedOrderValue(3, 10)).isFinite().isPositive();
    }

    @Test
    void reportsCorrelationOfFrequencyAndSpend() {
        // Spend that grows with frequency is what the model assumes away: the fit reports it.
        int[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] m = {10, 21, 29, 42, 50, 61, 69, 80};
        GammaGammaFit fit = GammaGamma.fit(x, m);
        assertThat(fit.frequencyMonetaryCorrelation()).isGreaterThan(0.99);
        assertThat(GammaGamma.correlation(new int[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    }

    @Test
    void deterministicAndSkipsCustomersWithoutRepeats() {
        List<CustomerSummary> customers = BgNbdFitTest.cdnowCustomers().subList(0, 4000);
        GammaGammaFit first = GammaGamma.fit(customers);
        assertThat(GammaGamma.fit(customers)).isEqualTo(first);
        assertThat(first.customers()).isEqualTo(customers.stream().filter(c -> c.frequency() > 0).count());
        assertThatThrownBy(() -> GammaGamma.fit(List.of(new CustomerSummary(1, 0, 0, 10, 0, 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
        assertThatThrownBy(() -> new GammaGamma(1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The density of the mean m of x purchases, Gamma(px, rate xν), integrated over ν ~ Gamma(q, γ). */
    private static double densityByIntegration(double p, double q, double gamma, int x, double m) {
        GammaDistribution rates = new GammaDistribution(q, 1 / gamma);
        // ν = e^u: integrate over u in panels wide enough for both factors (±25 e-folds around the mode)
        double centre = Math.log(q / gamma);
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(20, 0, 1);
        double total = 0;
        int panels = 400;
        double lo = centre - 25;
        double width = 50.0 / panels;
        for (int k = 0; k < panels; k++) {
            double sum = 0;
            for (int i = 0; i < rule.getNumberOfPoints(); i++) {
                double u = lo + k * width + width * rule.getPoint(i);
                double nu = Math.exp(u);
                double meanDensity = new GammaDistribution(p * x, 1 / (x * nu)).density(m);
                sum += rule.getWeight(i) * meanDensity * rates.density(nu) * nu;
            }
            total += width * sum;
        }
        return total;
    }
}
