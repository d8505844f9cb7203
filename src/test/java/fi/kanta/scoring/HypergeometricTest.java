package fi.kanta.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HypergeometricTest {

    /**
     * Reference values from mpmath 1.3 ({@code mp.dps = 40; hyp2f1(a, b, c, z)}), rounded to 20 digits.
     * They cover every branch: the plain series (|z| small), Pfaff (z &lt; 0, also far below -1), the
     * connection formula (z near 1), the logarithmic case (c-a-b an integer: 0, ±1, 2, 10), the series
     * fallback (c-a-b within 0.01 of an integer, or large parameters where the transformation cancels),
     * polynomials (a nonpositive integer) and Gauss's sum at z = 1.
     */
    @ParameterizedTest
    @CsvSource({
        "1, 1, 2, 0.5, 1.3862943611198906188",
        "1, 1, 2, 0.95, 3.153402393214726574",
        "1, 1, 2, 0.999999, 13.815524373459892297",
        "0.5, 0.5, 1.5, 0.25, 1.0471975511965977462",
        "2.5, 1.5, 3.7, 0.3, 1.4214419569129740582",
        "2.5, 1.5, 3.7, 0.9, 6.9271050406138271047",
        "2.5, 1.5, 3.7, 0.99, 25.423000117566212532",
        "2.5, 1.5, 3.7, -0.5, 0.65475450128510461179",
        "2.5, 1.5, 3.7, -20, 0.02458248903739295142",
        "0.3, 0.7, 2.0, 0.97, 1.1997702729541844169",
        "0.3, 0.7, 1.0, 0.97, 1.8289621641084634386",
        "0.3, 0.7, 0.5, 0.97, 4.8956572830349283577",
        "1.2, 2.3, 1.5, 0.98, 2078.0536134136433307",
        "-3, 2.5, 1.5, -5.0, 576.0",
        "-3, 2.5, 1.5, 0.9, -0.016999999999999993117",
        "5, 7, 3, 0.8, 7369791.6666666817645",
        "0.25, -0.4, 3.3, 0.995, 0.96626626752569995992",
        "1, 1, 2.005, 0.99, 4.6136574366737690047",
        "1, 1, 3, 0.9999, 1.9983575834587208319",
        "10, 20, 40, 0.85, 594.42449720444764026",
        "10, 20, 40, 0.995, 6169.2656766147818682",
        "0.1, 0.2, 1.3, 1.0, 1.0274414900280957",
        "3, 4, 5, 0.5, 5.0842586675094994081",
        "1.5, 2, 3, -0.999, 0.48554496028767225504",
        "2, 3, 1.0000001, 0.9, 27999.988647764327331",
        "-1.5, 0.5, 2, 0.95, 0.6920186293705722689",
        "0.2, 0.3, 0.500000001, 0.9, 1.2856839497435372744",
        "50.5, 2, 3, 0.7, 4.3648561755986869788e+24",
        "0.8, 1.7, 4.5, 0.7501, 1.3590156346030229436",
        "2.5, 1.5, 4.005, 0.999, 25.304442214842230942",
        "0.7, 0.2, 3.1, 0.999999, 1.0667253131456578706",
    })
    void matchesMpmath(double a, double b, double c, double z, double expected) {
        double actual = Hypergeometric.hyp2f1(a, b, c, z);
        assertThat(actual).isCloseTo(expected, within(1e-13 * Math.abs(expected)));
    }

    @Test
    void longSeriesNearOneWhenTheTransformationIsSingular() {
        // c-a-b = 1e-7: Γ(c-a-b) ~ 1e7 would cost seven digits in the connection formula, so the plain
        // series runs, ~400,000 terms at z = 0.9999; its rounding grows with the number of terms (~1e-12).
        assertThat(Hypergeometric.hyp2f1(0.3, 0.4, 0.7000001, 0.9999))
                .isCloseTo(2.7620665705834134625, within(1e-11));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-50, -0.9, -1e-3, 1e-8, 0.3, 0.8, 0.95, 0.999, 1 - 1e-9})
    void logarithmClosedForm(double z) {
        // 2F1(1, 1; 2; z) = -ln(1-z)/z: c-a-b = 0, the logarithmic case of the connection formula near 1
        double expected = -Math.log1p(-z) / z;
        assertThat(Hypergeometric.hyp2f1(1, 1, 2, z)).isCloseTo(expected, within(2e-15 * Math.abs(expected)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.99, -0.5, 0.1, 0.5, 0.9, 0.99, 0.9999})
    void arcsineClosedForm(double x) {
        // 2F1(1/2, 1/2; 3/2; x²) = arcsin(x)/x, c-a-b = 1/2: the connection formula proper near 1
        double expected = Math.asin(x) / x;
        assertThat(Hypergeometric.hyp2f1(0.5, 0.5, 1.5, x * x)).isCloseTo(expected, within(1e-14 * expected));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-3, -0.4, 0.2, 0.7, 0.93, 0.9999})
    void binomialClosedForm(double z) {
        // 2F1(a, b; b; z) = (1-z)^-a
        double expected = Math.pow(1 - z, -1.7);
        assertThat(Hypergeometric.hyp2f1(1.7, 2.9, 2.9, z)).isCloseTo(expected, within(1e-13 * expected));
    }

    @Test
    void gaussSumAtOne() {
        // 2F1(a, b; c; 1) = Γ(c)Γ(c-a-b)/(Γ(c-a)Γ(c-b)); with a = b = 1/2, c = 2: Γ(2)Γ(1)/Γ(3/2)² = 4/π
        assertThat(Hypergeometric.hyp2f1(0.5, 0.5, 2, 1)).isCloseTo(4 / Math.PI, within(1e-15));
    }

    @Test
    void refusesWhereUndefined() {
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, 2, 1.5)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, -2, 0.5)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, 2, 1)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void digammaMatchesMpmath() {
        // mpmath digamma at 30 digits
        assertThat(SpecialFunctions.digamma(1)).isCloseTo(-0.57721566490153286061, within(1e-15));
        assertThat(SpecialFunctions.digamma(0.24)).isCloseTo(-4.4061603457926036261, within(4e-15));
        assertThat(SpecialFunctions.digamma(3.7)).isCloseTo(1.1671535393615114409, within(1e-15));
        assertThat(SpecialFunctions.digamma(100)).isCloseTo(4.6001618527380874002, within(1e-15));
        assertThat(SpecialFunctions.digamma(-2.5)).isCloseTo(1.1031566406452431872, within(1e-14));
        assertThat(SpecialFunctions.digamma(1e-3)).isCloseTo(-1000.5755719318102797, within(1e-12));
    }
}
