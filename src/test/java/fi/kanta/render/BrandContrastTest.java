package fi.kanta.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The brand colour's contrast against white, as WCAG 2 measures it, and the readable shade offered for a light one. */
class BrandContrastTest {

    @Test
    void blackWhiteAndTheGreyAtTheLimitMeasureAsWcagSays() {
        assertThat(brand("#000000").contrastOnWhite()).isCloseTo(21.0, within(0.01));
        assertThat(brand("#ffffff").contrastOnWhite()).isCloseTo(1.0, within(0.01));
        // the WCAG examples: #777777 just misses 4.5:1 on white, #767676 just reaches it
        assertThat(brand("#777777").contrastOnWhite()).isCloseTo(4.48, within(0.01)).isLessThan(Brand.READABLE);
        assertThat(brand("#767676").contrastOnWhite()).isCloseTo(4.54, within(0.01)).isGreaterThan(Brand.READABLE);
    }

    @Test
    void aReadableColourIsItsOwnShade() {
        assertThat(brand("#7a3e1d").readableShade()).isEqualTo("#7a3e1d");
        assertThat(brand("#0A5C36").readableShade()).isEqualTo("#0A5C36");
    }

    @Test
    void aLightColourIsOfferedTheLightestDarkerShadeOfItsHueThatReads() {
        Brand yellow = brand("#ffcc00");
        assertThat(yellow.contrastOnWhite()).isLessThan(2);

        String shade = yellow.readableShade();

        assertThat(brand(shade).contrastOnWhite()).isGreaterThanOrEqualTo(Brand.READABLE);
        int rgb = Integer.parseInt(shade.substring(1), 16);
        int red = rgb >> 16 & 0xff;
        int green = rgb >> 8 & 0xff;
        assertThat(rgb & 0xff).isZero(); // the same hue: no blue where the colour has none, red and green as 255 to 204
        assertThat(green / (double) red).isCloseTo(204 / 255.0, within(0.02));
        // the lightest that reads: one percent lighter does not
        String lighter = String.format("#%02x%02x00", Math.min(255, red * 101 / 100 + 1), Math.min(255, green * 101 / 100 + 1));
        assertThat(brand(lighter).contrastOnWhite()).isLessThan(Brand.READABLE);
    }

    private static Brand brand(String colour) {
        return new Brand("", 160, 48, colour, Map.of());
    }
}
