package fi.kanta.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P(alive), expected purchases and the log-likelihood of fixed BG/NBD models (no fitting here). */
class BgNbdTest {

    /** CDNOW's published estimates (Fader, Hardie &amp; Lee 2005, in weeks), with α converted to days. */
    private static final BgNbd CDNOW = new BgNbd(0.24, 4.41 * 7, 0.79, 2.43);

    /**
     * Reference values computed independently with mpmath at 60 digits straight from the paper's
     * formulas: P(alive) = 1/(1 + [x&gt;0] a/(b+x-1) ((α+T)/(α+t_x))^(r+x)), eq. 10 with mpmath's own
     * hyp2f1 in its textbook (untransformed) form, and the log of the likelihood written as a product
     * (eq. 6). Rows: plain cases, one purchase (x = 0), bought today (t_x = T), first purchase today
     * (x = t_x = T = 0: E is then the new-customer expectation E[X(t)]), hundreds of purchases (x = 200,
     * 500), r far above a + b (up to 5000), and a = 1 (the textbook formula's 0/0; mpmath's value is its limit, taken at a = 1 + 1e-25).
     */
    @ParameterizedTest
    @CsvSource({
        // r, alpha, a, b, x, t_x, T, t, P(alive), E[Y(t)], log-likelihood
        "0.24, 30.87, 0.79, 2.43, 0, 0, 273, 90, 1.0, 0.068147495547485340061, -0.54883563356465938706",
        "0.24, 30.87, 0.79, 2.43, 2, 200, 273, 90, 0.70116535579757630355, 0.43495001387814360561, -13.327794001219798255",
        "0.24, 30.87, 0.79, 2.43, 5, 273, 273, 30, 0.89058171745152353702, 0.44768042506273853266, -27.705921596223563085",
        "0.24, 30.87, 0.79, 2.43, 500, 270, 273, 90, 0.81607149458816603802, 108.88237006940146368, -257.61400452785873552",
        "0.24, 30.87, 0.79, 2.43, 0, 0, 0, 365, 1.0, 1.4366571445514786809, 0",
        "0.24, 30.87, 0.79, 2.43, 1, 1, 1, 90, 0.75465838509316770572, 1.8170064536746541449, -4.8964327536490333668",
        "0.24, 30.87, 0.79, 2.43, 3, 100, 100, 360, 0.8486590038314176105, 4.8157010832510546793, -15.863568181565148399",
        "1.5, 10, 1.0, 3, 3, 20, 40, 90, 0.33419383971031271966, 1.6959881754682502174, -11.172820161083705124",
        "0.8, 25, 0.6, 6, 0, 0, 1095, 90, 1.0, 0.063869580418918430248, -3.0417665115367517509",
        "0.8, 25, 0.6, 6, 40, 1000, 1095, 90, 0.66843966669048796196, 2.1458820696062130022, -175.29289653567820352",
        "0.5, 20, 1.5, 4, 200, 60, 60, 90, 0.99266503667481662592, 126.03014662129767069, -22.894234281567157609",
        // r far above a+b: the Euler series alternates and cancels, the textbook series takes over
        "50, 100, 0.5, 0.7, 0, 0, 10, 90, 1.0, 8.5920428627031795644, -4.7655089902162430022",
        "50, 100, 0.5, 0.7, 3, 5, 10, 90, 0.31450054927611245081, 5.911648906737158691, -6.8818129213525316967",
        "200, 100, 0.5, 0.7, 0, 0, 10, 365, 1.0, 36.012833830295105751, -19.062035960864972009",
        "5000, 100, 0.3, 0.3, 0, 0, 10, 90, 1.0, 240.54666945292121475, -476.55089902162430022",
    })
    void matchesThePapersFormulasEvaluatedInHighPrecision(double r, double alpha, double a, double b, int x,
            double tx, double t, double days, double pAlive, double expected, double logLikelihood) {
        BgNbd model = new BgNbd(r, alpha, a, b);
        assertThat(model.pAlive(x, tx, t)).isCloseTo(pAlive, within(1e-14));
        assertThat(model.expectedPurchases(x, tx, t, days)).isCloseTo(expected, within(1e-12 * expected));
        assertThat(model.logLikelihood(x, tx, t)).isCloseTo(logLikelihood, within(1e-11 * Math.max(1, -logLikelihood)));
    }

    @Test
    void pAliveByHand() {
        // x = 0: nobody leaves before a repeat purchase
        assertThat(CDNOW.pAlive(0, 0, 500)).isEqualTo(1.0);
        // bought today (t_x = T): the ratio is 1, P = 1/(1 + a/(b+x-1)); for x = 1 that is b/(a+b)
        assertThat(CDNOW.pAlive(1, 80, 80)).isCloseTo(2.43 / (0.79 + 2.43), within(1e-15));
        assertThat(CDNOW.pAlive(4, 80, 80)).isCloseTo(1 / (1 + 0.79 / (2.43 + 3)), within(1e-15));
        // x = 2, t_x = 10, T = 40, r = 1, α = 10, a = 1, b = 2: 1/(1 + 1/3 · (50/20)^3) = 1/(1 + 125/24) = 24/149
        assertThat(new BgNbd(1, 10, 1, 2).pAlive(2, 10, 40)).isCloseTo(24.0 / 149, within(1e-15));
    }

    @Test
    void expectedPurchasesByHandWhenPEqualsOne() {
        // The Euler-transformed series terminates when a+b-1-r is 0: with r = 1, a = 2, b = 0 ... b must be
        // positive, so take r = 1.5, a = 2, b = 0.5: then a+b-1-r = 0 and the bracket is c (1-(1-z))/1 = c z
        // with c = a+b+x-1. For x = 0, T = 0, α = 10, t = 30: z = 30/40, E = 1.5 · 0.75 = 1.125.
        BgNbd model = new BgNbd(1.5, 10, 2, 0.5);
        assertThat(model.expectedPurchases(0, 0, 0, 30)).isCloseTo(1.125, within(1e-15));
        // x = 3, t_x = T = 20: c = 4.5, z = 30/60, P = 1/(1 + 2/2.5 · 1) = 5/9, E = 5/9 · 4.5 · 0.5 = 1.25
        assertThat(model.expectedPurchases(3, 20, 20, 30)).isCloseTo(1.25, within(1e-14));
    }

    /**
     * An independent route to E[Y(t)]: given alive, λ ~ Gamma(r+x, α+T) and p ~ Beta(a, b+x), and a
     * customer with (λ, p) makes (1 - e^(-λpt))/p purchases in t on average; integrating λ out in closed
     * form leaves E[Y(t)] = P(alive) · E_p[(1 - ((α+T)/(α+T+pt))^(r+x))/p], a one-dimensional integral
     * done here by Gauss-Legendre on geometric panels (no 2F1 anywhere).
     */
    @ParameterizedTest
    @CsvSource({
        "0.24, 30.87, 0.79, 2.43, 0, 0, 273, 90",
        "0.24, 30.87, 0.79, 2.43, 2, 200, 273, 90",
        "0.24, 30.87, 0.79, 2.43, 7, 270, 273, 365",
        "0.8, 25, 0.6, 6, 40, 1000, 1095, 30",
        "2.0, 3, 3.5, 1.2, 1, 5, 5, 700",
        "0.5, 20, 1.5, 4, 12, 60, 60, 90",
    })
    void matchesIntegrationOverTheDropoutProbability(double r, double alpha, double a, double b, int x, double tx,
            double t, double days) {
        BgNbd model = new BgNbd(r, alpha, a, b);
        double expected = model.pAlive(x, tx, t) * integrateOverDropout(r, alpha, a, b, x, t, days);
        assertThat(model.expectedPurchases(x, tx, t, days)).isCloseTo(expected, within(1e-11 * expected));
    }

    @Test
    void textbookFormWithTheGeneral2F1AgreesForSmallX() {
        // Eq. 10 as printed, with the general 2F1: fine for small x, where its 2F1 cannot overflow.
        BgNbd m = CDNOW;
        for (int x : new int[] {0, 1, 3, 10}) {
            double tx = x == 0 ? 0 : 150;
            for (double days : new double[] {1, 30, 90, 365, 3650}) {
                double t = 200;
                double z = days / (m.alpha() + t + days);
                double c = m.a() + m.b() + x - 1;
                double bracket = c / (m.a() - 1) * (1 - Math.pow((m.alpha() + t) / (m.alpha() + t + days), m.r() + x)
                        * Hypergeometric.hyp2f1(m.r() + x, m.b() + x, c, z));
                double textbook = m.pAlive(x, tx, t) * bracket;
                assertThat(m.expectedPurchases(x, tx, t, days)).as("x=%d days=%s", x, days)
                        .isCloseTo(textbook, within(1e-11 * textbook));
            }
        }
    }

    @Test
    void hundredsOfPurchasesNeitherOverflowNorNaN() {
        for (int x : new int[] {100, 500, 2000, 10_000}) {
            for (double tx : new double[] {1, 500, 1000}) {
                double p = CDNOW.pAlive(x, tx, 1000);
                double e = CDNOW.expectedPurchases(x, tx, 1000, 90);
                assertThat(p).as("x=%d t_x=%s", x, tx).isBetween(0.0, 1.0);
                assertThat(e).as("x=%d t_x=%s", x, tx).isFinite().isGreaterThanOrEqualTo(0);
                assertThat(CDNOW.logLikelihood(x, tx, 1000)).isFinite();
            }
        }
        // a heavy buyer who stopped long ago is gone: P underflows to 0, not NaN
        assertThat(CDNOW.pAlive(2000, 1, 1000)).isEqualTo(0.0);
        assertThat(CDNOW.expectedPurchases(2000, 1, 1000, 90)).isEqualTo(0.0);
        // and one who bought today buys about at her own rate, x/t_x per day, for the next days
        double e = CDNOW.expectedPurchases(500, 1000, 1000, 10);
        assertThat(e).isCloseTo(10 * 500.24 / (1000 + 30.87) * CDNOW.pAlive(500, 1000, 1000), within(0.02 * e));
    }

    @Test
    void identicalTimestampsAreOnePurchaseDay() {
        // Several purchases at one time (or on one day) make one purchase day: x = 0, t_x = 0, the same
        // customer as a single purchase, whatever the number of orders.
        CustomerSummary sameDay = new CustomerSummary(1, 0, 0, 120, 0, 300);
        CustomerSummary single = new CustomerSummary(2, 0, 0, 120, 0, 50);
        assertThat(CDNOW.pAlive(sameDay)).isEqualTo(CDNOW.pAlive(single)).isEqualTo(1.0);
        assertThat(CDNOW.expectedPurchases(sameDay, 90)).isEqualTo(CDNOW.expectedPurchases(single, 90));
        // identical histories get identical scores, bit for bit
        CustomerSummary a = new CustomerSummary(3, 4, 100, 200, 20, 100);
        CustomerSummary b = new CustomerSummary(4, 4, 100, 200, 25, 125);
        assertThat(CDNOW.expectedPurchases(a, 90)).isEqualTo(CDNOW.expectedPurchases(b, 90));
        // a first purchase today: T = 0
        assertThat(CDNOW.expectedPurchases(0, 0, 0, 90)).isFinite().isPositive();
    }

    @Test
    void expectationStartsAtZeroAndGrowsWithTheHorizon() {
        assertThat(CDNOW.expectedPurchases(3, 100, 200, 0)).isZero();
        double previous = 0;
        for (double days = 1; days < 5000; days *= 1.7) {
            double e = CDNOW.expectedPurchases(3, 100, 200, days);
            assertThat(e).isGreaterThan(previous);
            previous = e;
        }
    }

    @Test
    void extremeTimeScalesStayFinite() {
        // α at the bottom of the box and a first purchase today: z = t/(α+T+t) within 1e-6 of 1, where
        // the series hands over to the transformed 2F1
        BgNbd model = new BgNbd(0.7, 1e-4, 1.6, 2.2);
        double e = model.expectedPurchases(0, 0, 0, 365);
        assertThat(e).isFinite().isPositive();
        double integral = integrateOverDropout(0.7, 1e-4, 1.6, 2.2, 0, 0, 365);
        assertThat(e).isCloseTo(integral, within(1e-6 * integral));
    }

    @Test
    void refusesImpossibleHistories() {
        assertThatThrownBy(() -> CDNOW.pAlive(-1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CDNOW.pAlive(2, 11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CDNOW.pAlive(0, 5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CDNOW.expectedPurchases(1, 5, 10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BgNbd(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerSummary(1, 2, 11, 10, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void likelihoodGradientMatchesFiniteDifferences() {
        List<CustomerSummary> customers = new BgNbdSimulator(CDNOW, new GammaGamma(6, 4, 15))
                .simulate(500, 0, 400, true, 5);
        int n = customers.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = customers.get(i).frequency();
            tx[i] = customers.get(i).recencyDays();
            t[i] = customers.get(i).tDays();
        }
        BgNbdLikelihood likelihood = new BgNbdLikelihood(TripleData.of(x, tx, t, null));
        double[] point = {Math.log(0.4), Math.log(20), Math.log(0.9), Math.log(3)};
        double[] gradient = new double[4];
        likelihood.valueAndGradient(point, gradient);
        for (int i = 0; i < 4; i++) {
            double h = 1e-6;
            double[] up = point.clone();
            double[] down = point.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (likelihood.valueAndGradient(up, new double[4])
                    - likelihood.valueAndGradient(down, new double[4])) / (2 * h);
            assertThat(gradient[i]).as("parameter %d", i).isCloseTo(numeric, within(1e-7));
        }
    }

    /** E_p[(1 - ((α+T)/(α+T+pt))^(r+x))/p] for p ~ Beta(a, b+x), by quadrature. */
    static double integrateOverDropout(double r, double alpha, double a, double b, int x, double t, double days) {
        double shape = b + x;
        double k = r + x;
        double scale = alpha + t;
        // p = s^(1/a) turns the Beta density's p^(a-1) dp into ds/a. Panels shrink geometrically towards
        // s = 0, where (1-p)^(b+x-1) puts the mass when x is large, and towards s = 1, where that power
        // is not smooth.
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(40, 0, 1);
        double total = 0;
        for (int panel = 0; panel < 120; panel++) {
            int level = panel % 60;
            double near = level == 59 ? 0 : Math.pow(0.5, level + 2); // 1/4, 1/8, ... down to 0
            double far = Math.pow(0.5, level + 1); // 1/2, 1/4, ...
            double lo = panel < 60 ? near : 1 - far;
            double hi = panel < 60 ? far : 1 - near;
            double width = hi - lo;
            double sum = 0;
            for (int i = 0; i < rule.getNumberOfPoints(); i++) {
                double s = lo + width * rule.getPoint(i);
                double p = Math.pow(s, 1 / a);
                double g = p == 0 ? k * days / scale : -Math.expm1(-k * Math.log1p(p * days / scale)) / p;
                sum += rule.getWeight(i) * Math.pow(1 - p, shape - 1) * g;
            }
            total += width * sum;
        }
        return total / (a * Math.exp(Beta.logBeta(a, shape)));
    }
}
