package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RowStripesTest {

    @Test
    void dealsStripesInFileOrderToWhoeverAsks() {
        RowStripes.Deal deal = new RowStripes.Deal(500, List.of());

        assertThat(List.of(deal.take(), deal.take(), deal.take())).containsExactly(0L, 1L, 2L);
        assertThat(List.of(deal.stripeOf(0), deal.stripeOf(499), deal.stripeOf(500), deal.stripeOf(1499)))
                .containsExactly(0L, 0L, 1L, 2L);
    }

    @Test
    void rowsCommittedByAnEarlierRunAreDealtToNoOne() {
        RowStripes.Deal deal = new RowStripes.Deal(5, List.of(new long[] {0, 4}, new long[] {10, 12}, new long[] {13, 13}));

        assertThat(LongStream.range(0, 20).filter(row -> !deal.committed(row)).boxed())
                .containsExactly(5L, 6L, 7L, 8L, 9L, 14L, 15L, 16L, 17L, 18L, 19L);
    }

    @Test
    void namesTheGivenNumberOfPartitions() {
        assertThat(new RowStripes().partition(3)).containsOnlyKeys("partition0", "partition1", "partition2");
    }
}
