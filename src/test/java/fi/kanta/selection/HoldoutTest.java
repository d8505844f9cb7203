package fi.kanta.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The holdout draw: the fraction it promises on 100,000 customers, the same draw every time for a
 * run, a different one for another run. (SelectionContractTest checks the SQL draws the same.)
 */
class HoldoutTest {

    private static final int CUSTOMERS = 100_000;

    @Test
    void theProportionIsWithinStatisticalTolerance() {
        for (double fraction : new double[] {0.05, 0.1, 0.5}) {
            Holdout holdout = new Holdout("win-back", "2026-W48", fraction);
            long drawn = LongStream.rangeClosed(1, CUSTOMERS).filter(holdout::contains).count();
            double sd = Math.sqrt(CUSTOMERS * fraction * (1 - fraction));
            // four standard deviations: a correct draw fails this about once in 16,000 seeds
            assertThat((double) drawn).isCloseTo(CUSTOMERS * fraction, org.assertj.core.data.Offset.offset(4 * sd));
        }
    }

    @Test
    void aRunDrawsTheSameGroupsAgainAndAnotherRunDrawsOthers() {
        Holdout first = new Holdout("win-back", "2026-W48", 0.1);
        Holdout again = new Holdout("win-back", "2026-W48", 0.1);
        Holdout nextWeek = new Holdout("win-back", "2026-W49", 0.1);
        long same = LongStream.rangeClosed(1, CUSTOMERS).filter(id -> first.contains(id) == again.contains(id)).count();
        long both = LongStream.rangeClosed(1, CUSTOMERS).filter(id -> first.contains(id) && nextWeek.contains(id)).count();
        assertThat(same).isEqualTo(CUSTOMERS);
        // independent draws share about 1 % (0.1 × 0.1) of the customers, not the 10 % a repeated draw would
        assertThat(both).isBetween(700L, 1300L);
    }

    @Test
    void zeroMeansNobody() {
        Holdout none = new Holdout("weekly-newsletter", "2026-W48", 0);
        assertThat(LongStream.rangeClosed(1, CUSTOMERS).filter(none::contains).count()).isZero();
    }
}
