package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RowStripesTest {

    @Test
    void dealsStripesOfRowsInTurnSoEveryRowHasExactlyOnePartition() {
        List<RowStripes.Share> shares = List.of(new RowStripes.Share(0, 3, 2), new RowStripes.Share(1, 3, 2),
                new RowStripes.Share(2, 3, 2));

        assertThat(LongStream.range(0, 14).filter(shares.get(0)::owns).boxed()).containsExactly(0L, 1L, 6L, 7L, 12L, 13L);
        assertThat(LongStream.range(0, 14).filter(shares.get(1)::owns).boxed()).containsExactly(2L, 3L, 8L, 9L);
        assertThat(LongStream.range(0, 14).filter(shares.get(2)::owns).boxed()).containsExactly(4L, 5L, 10L, 11L);
    }

    @Test
    void onePartitionOwnsEveryRow() {
        RowStripes.Share all = new RowStripes.Share(0, 1, 5000);

        assertThat(LongStream.range(0, 20_000).allMatch(all::owns)).isTrue();
    }

    @Test
    void givesEachPartitionItsNumberAndTheirCount() {
        var partitions = new RowStripes().partition(2);

        assertThat(partitions).containsOnlyKeys("partition0", "partition1");
        assertThat(partitions.get("partition1").getInt(RowStripes.PARTITION)).isEqualTo(1);
        assertThat(partitions.get("partition1").getInt(RowStripes.PARTITIONS)).isEqualTo(2);
    }
}
