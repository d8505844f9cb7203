package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** NPS arithmetic: classes by score, and rounding to whole points with halves away from zero. */
class NpsMonthTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Test
    void scoresFallIntoTheirClassesAtTheBoundaries() {
        NpsMonth month = new NpsMonth(MONTH, 0, 0, 0);
        for (int score = 0; score <= 10; score++) {
            month = month.plus(score, 1);
        }
        assertThat(month).isEqualTo(new NpsMonth(MONTH, 2, 2, 7));
        assertThat(month.nps()).contains(-45); // (2 - 7) / 11 = -45.45
    }

    @Test
    void halvesRoundAwayFromZero() {
        assertThat(new NpsMonth(MONTH, 1, 5, 2).nps()).contains(-13); // -12.5
        assertThat(new NpsMonth(MONTH, 2, 5, 1).nps()).contains(13); // +12.5
        assertThat(new NpsMonth(MONTH, 3, 0, 0).nps()).contains(100);
        assertThat(new NpsMonth(MONTH, 0, 1, 0).nps()).contains(0);
        assertThat(new NpsMonth(MONTH, 0, 0, 0).nps()).isEmpty();
    }
}
