package fi.kanta.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** RFM quintile scores (ties, tiny bases) and the segment table. */
class RfmTest {

    @Test
    void tiesShareTheScoreOfTheirLowestRank() {
        // n = 10; below = customers with a strictly lower value; score = 1 + min(4, 5·below/9)
        double[] values = {0, 0, 0, 0, 1, 2, 3, 4, 5, 6};
        assertThat(Rfm.quintiles(values)).containsExactly(1, 1, 1, 1, 3, 3, 4, 4, 5, 5);
        // order of the input does not matter, equal values score equal
        assertThat(Rfm.quintiles(new double[] {6, 0, 3, 0, 5, 0, 1, 0, 4, 2})).containsExactly(5, 1, 4, 1, 5, 1, 3, 1, 4, 3);
        // everybody the same: nobody is below anybody
        assertThat(Rfm.quintiles(new double[] {7, 7, 7, 7, 7, 7})).containsOnly(1);
        // -0.0 and 0.0 are one value
        assertThat(Rfm.quintiles(new double[] {-0.0, 0.0, 1})).containsExactly(1, 1, 5);
    }

    @Test
    void tinyBases() {
        assertThat(Rfm.quintiles(new double[] {})).isEmpty();
        assertThat(Rfm.quintiles(new double[] {42})).containsExactly(1);
        assertThat(Rfm.quintiles(new double[] {3, 9})).containsExactly(1, 5);
        assertThat(Rfm.quintiles(new double[] {9, 3})).containsExactly(5, 1);
        assertThat(Rfm.quintiles(new double[] {5, 5})).containsExactly(1, 1);
        assertThat(Rfm.quintiles(new double[] {1, 2, 3, 4})).containsExactly(1, 2, 4, 5);
        assertThat(Rfm.quintiles(new double[] {1, 2, 2, 4})).containsExactly(1, 2, 2, 5);
    }

    @Test
    void aLargeBaseWithoutTiesSplitsIntoFifths() {
        double[] values = IntStream.range(0, 1000).mapToDouble(i -> (i * 7919) % 1000).toArray();
        int[] scores = Rfm.quintiles(values);
        for (int s = 1; s <= 5; s++) {
            int score = s;
            assertThat(Arrays.stream(scores).filter(v -> v == score).count()).isEqualTo(200);
        }
    }

    @Test
    void scoresCustomersInInputOrder() {
        List<CustomerSummary> customers = List.of(
                new CustomerSummary(1, 10, 360, 365, 50, 600), // bought 5 days ago, often, much
                new CustomerSummary(2, 0, 0, 3, 0, 40), // new: one purchase 3 days ago
                new CustomerSummary(3, 8, 100, 700, 45, 420), // was frequent, gone for 600 days
                new CustomerSummary(4, 0, 0, 800, 0, 15), // one small purchase long ago
                new CustomerSummary(5, 2, 150, 200, 30, 90));
        List<RfmScore> scores = Rfm.score(customers);
        // R on days since last purchase: 5, 3, 600, 800, 50 -> fewer is better
        assertThat(scores).extracting(RfmScore::recency).containsExactly(4, 5, 2, 1, 3);
        // F on purchase days: 11, 1, 9, 1, 3 -> the two one-time buyers tie at 1
        assertThat(scores).extracting(RfmScore::frequency).containsExactly(5, 1, 4, 1, 3);
        // M on total spend: 600, 40, 420, 15, 90
        assertThat(scores).extracting(RfmScore::monetary).containsExactly(5, 2, 4, 1, 3);
        assertThat(scores).extracting(RfmScore::code).containsExactly("455", "512", "244", "111", "333");
        assertThat(scores).extracting(RfmScore::segment)
                .containsExactly("Loyal", "New", "At risk", "Lost", "Need attention");
    }

    @Test
    void singleCustomer() {
        List<RfmScore> scores = Rfm.score(List.of(new CustomerSummary(1, 3, 20, 30, 10, 40)));
        assertThat(scores).extracting(RfmScore::code).containsExactly("111");
    }

    @Test
    void defaultTableNamesEveryCell() {
        RfmSegments table = RfmSegments.DEFAULT;
        assertThat(table.segmentOf(5, 5)).isEqualTo("Champions");
        assertThat(table.segmentOf(5, 1)).isEqualTo("New");
        assertThat(table.segmentOf(4, 1)).isEqualTo("Promising");
        assertThat(table.segmentOf(4, 3)).isEqualTo("Potential loyalist");
        assertThat(table.segmentOf(3, 5)).isEqualTo("Loyal");
        assertThat(table.segmentOf(3, 3)).isEqualTo("Need attention");
        assertThat(table.segmentOf(3, 2)).isEqualTo("About to sleep");
        assertThat(table.segmentOf(2, 4)).isEqualTo("At risk");
        assertThat(table.segmentOf(1, 5)).isEqualTo("Can't lose them");
        assertThat(table.segmentOf(2, 1)).isEqualTo("Hibernating");
        assertThat(table.segmentOf(1, 2)).isEqualTo("Lost");
        List<String> names = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                names.add(table.segmentOf(r, f));
            }
        }
        assertThat(names).containsOnly("Champions", "Loyal", "Potential loyalist", "New", "Promising",
                "Need attention", "About to sleep", "At risk", "Can't lose them", "Hibernating", "Lost");
        assertThat(names.stream().distinct().count()).isEqualTo(11);
    }

    @Test
    void aCustomTableIsCheckedAndFirstMatchWins() {
        RfmSegments twoWay = new RfmSegments(List.of(
                new RfmSegments.Rule("VIP", 5, 5, 5, 5),
                new RfmSegments.Rule("Everyone", 1, 5, 1, 5)));
        assertThat(twoWay.segmentOf(5, 5)).isEqualTo("VIP");
        assertThat(twoWay.segmentOf(5, 4)).isEqualTo("Everyone");
        assertThatThrownBy(() -> new RfmSegments(List.of(new RfmSegments.Rule("Top", 3, 5, 1, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R=1 F=1");
        assertThatThrownBy(() -> new RfmSegments.Rule("Bad", 0, 5, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
