package fi.kanta.customer.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Deals an import file's rows out to the partitions in stripes, so that on PostgreSQL two database
 * sessions merge rows at once (one session leaves the second core idle): with n partitions,
 * partition p takes the data rows of stripes p, p + n, p + 2n, … (a stripe is as many rows as a
 * chunk, counted from the first data row). Every partition reads the whole file and checks only
 * its own rows, so no counting pass runs before the import starts (splitting the file into halves
 * needed one: 4 s for 10,000,000 rows, and the second half's reader then parsed the first half to
 * reach its start). Each partition is restartable on its own: it skips as many of its rows as it
 * committed.
 */
class RowStripes implements Partitioner {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int p = 0; p < gridSize; p++) {
            ExecutionContext stripes = new ExecutionContext();
            stripes.putInt(PARTITION, p);
            stripes.putInt(PARTITIONS, gridSize);
            partitions.put("partition" + p, stripes);
        }
        return partitions;
    }

    /** Which of a file's data rows (0-based) a partition imports: stripes of {@code rows} rows. */
    record Share(int partition, int partitions, int rows) {

        boolean owns(long row) {
            return (row / rows) % partitions == partition;
        }
    }
}
