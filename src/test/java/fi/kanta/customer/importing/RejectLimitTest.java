package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a chunk stops once the import's rejects would pass the limit (see {@link ImportWriter}). */
class RejectLimitTest {

    @Test
    void theChunkIsWrittenUpToAndIncludingTheRejectThatPassesTheLimit() {
        assertThat(ImportWriter.lastLineToWrite(0, 1, List.of(10L, 20L, 30L))).isEqualTo(20);
        assertThat(ImportWriter.lastLineToWrite(1, 1, List.of(10L, 20L))).isEqualTo(10);
    }

    @Test
    void aChunkAfterAnotherPartitionPassedTheLimitWritesNothing() {
        // three partitions share the limit: one passed it while this one read a chunk with no reject
        assertThat(ImportWriter.lastLineToWrite(2, 1, List.of())).isZero();
        assertThat(ImportWriter.lastLineToWrite(2, 1, List.of(15L))).isZero();
    }
}
