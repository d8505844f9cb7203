package fi.kanta.demo;

import fi.kanta.scoring.RandomDraws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written samplers: right mean and variance, also for shapes below one. */
class DemoDrawTest {

    private static final int N = 200_000;

    @Test
    void gammaHasMeanShapeOverRateAndVarianceShapeOverRateSquared() {
        for (double[] shapeRate : new double[][] {{0.8, 25}, {6, 0.1}, {4, 28}, {1, 1}}) {
            double shape = shapeRate[0];
            double rate = shapeRate[1];
            SplittableRandom random = new SplittableRandom(1);
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < N; i++) {
                double x = RandomDraws.gamma(random, shape, rate);
                assertThat(x).isGreaterThanOrEqualTo(0);
                sum += x;
                squares += x * x;
            }
            double mean = sum / N;
            double variance = squares / N - mean * mean;
            assertThat(mean).as("mean of Gamma(%s, %s)", shape, rate).isCloseTo(shape / rate, within(0.02 * shape / rate));
            assertThat(variance).as("variance").isCloseTo(shape / (rate * rate), within(0.06 * shape / (rate * rate)));
        }
    }

    @Test
    void betaHasMeanAOverAPlusB() {
        SplittableRandom random = new SplittableRandom(2);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double p = RandomDraws.beta(random, 0.6, 6);
            assertThat(p).isBetween(0.0, 1.0);
            sum += p;
        }
        assertThat(sum / N).isCloseTo(0.6 / 6.6, within(0.003));
    }

    @Test
    void formatsAsTheImportAndPostgresqlReadThem() {
        assertThat(DemoFormat.money(1250)).isEqualTo("12.50");
        assertThat(DemoFormat.money(-5)).isEqualTo("-0.05");
        assertThat(DemoFormat.money(0)).isEqualTo("0.00");
        assertThat(DemoFormat.timestamp(java.time.LocalDate.of(2026, 3, 14).toEpochDay() * 1440 + 10 * 60 + 22))
                .isEqualTo("2026-03-14T10:22:00");
        assertThat(DemoFormat.id('C', 42, 6)).isEqualTo("C000042");
        assertThat(DemoFormat.id('C', 1_000_000, 6)).isEqualTo("C1000000");
    }
}
