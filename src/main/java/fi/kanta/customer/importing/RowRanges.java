package fi.kanta.customer.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits an import file into consecutive row ranges, one per partition, so that on PostgreSQL two
 * database sessions merge rows at once (one session leaves the second core idle). Each range is
 * restartable on its own. One partition (the HSQLDB default) needs no counting pass.
 */
class RowRanges implements Partitioner {

    static final String FIRST = "firstRow";
    static final String COUNT = "rowCount";

    private final SourceFile file;
    private final ImportSettings.Xlsx limits;

    RowRanges(SourceFile file, ImportSettings.Xlsx limits) {
        this.file = file;
        this.limits = limits;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        long rows = gridSize > 1 ? countRows() : -1;
        int partitions = rows < 0 ? 1 : (int) Math.max(1, Math.min(gridSize, rows));
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            long first = rows < 0 ? 0 : i * rows / partitions;
            long next = rows < 0 ? -1 : (i + 1) * rows / partitions;
            ExecutionContext range = new ExecutionContext();
            range.putLong(FIRST, first);
            range.putLong(COUNT, next < 0 ? -1 : next - first);
            ranges.put("partition" + i, range);
        }
        return ranges;
    }

    /** The data rows of the file (a parse without checks: about a second per million CSV rows). */
    private long countRows() {
        try (RowSource source = RowSources.open(file, limits)) {
            source.header();
            long rows = 0;
            while (source.next() != null) {
                rows++;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
