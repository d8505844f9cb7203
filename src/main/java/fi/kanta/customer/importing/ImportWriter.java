package fi.kanta.customer.importing;

import fi.kanta.sql.ImportDialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one chunk in its transaction: the rejected rows into {@code import_reject}, the valid
 * ones into the stage and from there, set-based, into the customer tables, and which rows of the
 * file the chunk held into {@code import_committed}. Once the import has
 * rejected more rows than it allows, it asks the step to stop after this chunk, so that
 * everything good before that point is kept and every rejection is in the report.
 */
class ImportWriter<T> implements ItemStreamWriter<CheckedRow> {

    static final String TOO_MANY_REJECTS = "tooManyRejects";

    private final ImportDefinition<T> definition;
    private final JdbcTemplate jdbc;
    private final ImportDialect dialect;
    private final StepExecution step;
    private final long maxRejects;
    private final RejectTally tally;

    ImportWriter(ImportDefinition<T> definition, JdbcTemplate jdbc, ImportDialect dialect, StepExecution step, long maxRejects,
            RejectTally tally) {
        this.definition = definition;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.step = step;
        this.maxRejects = maxRejects;
        this.tally = tally;
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) throws Exception {
        List<Rejection> rejections = new ArrayList<>();
        Map<Object, Object[]> staged = new LinkedHashMap<>();
        long rejectedRows = 0; // in this chunk
        long[] rows = new long[chunk.size()];
        int n = 0;
        for (CheckedRow row : chunk) {
            rows[n++] = row.index();
            if (row.accepted()) {
                @SuppressWarnings("unchecked")
                T item = (T) row.item();
                Object[] values = definition.stageValues(item);
                Object[] withLine = new Object[values.length + 1];
                withLine[0] = row.line();
                System.arraycopy(values, 0, withLine, 1, values.length);
                staged.put(definition.key(item), withLine); // the later row wins
            } else {
                rejections.addAll(row.rejections());
                rejectedRows++;
            }
        }
        recordRejections(rejections);
        StripeDeals.recordCommitted(jdbc, importId(), rows);
        if (!staged.isEmpty()) {
            rejectedRows += stage(new ArrayList<>(staged.values()), chunk.getItems().get(0).header());
        }
        // partitions of one import share the limit: the tally sees their uncommitted rejects too
        if (tally.add(step.getJobExecutionId(), rejectedRows) > maxRejects) {
            step.getExecutionContext().put(TOO_MANY_REJECTS, true);
            step.setTerminateOnly();
        }
    }

    /** Rows of the import rejected so far (a row with three problems is one row). */
    static long rejectedRows(JdbcTemplate jdbc, long importId) {
        Long rows = jdbc.queryForObject("SELECT COUNT(DISTINCT line) FROM import_reject WHERE import_id = ?", Long.class, importId);
        return rows == null ? 0 : rows;
    }

    private long stage(List<Object[]> rows, Header header) {
        List<String> columns = new ArrayList<>();
        columns.add("line");
        columns.addAll(definition.stageColumns());
        return jdbc.execute((java.sql.Connection connection) -> {
            dialect.fillStage(connection, definition.stageTable(), columns, rows);
            return (long) definition.apply(new Stage(jdbc, dialect, definition.stageTable(), importId(), header));
        });
    }

    private void recordRejections(List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO import_reject (import_id, line, column_name, value, reason) VALUES (?, ?, ?, ?, ?)",
                rejections, rejections.size(), (insert, r) -> {
                    insert.setLong(1, importId());
                    insert.setLong(2, r.line());
                    insert.setString(3, clip(r.column(), 200));
                    insert.setString(4, clip(r.value(), 1000));
                    insert.setString(5, clip(r.reason(), 500));
                });
    }

    private long importId() {
        return step.getJobExecution().getJobInstance().getInstanceId();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public void open(ExecutionContext context) {
        context.remove(TOO_MANY_REJECTS); // a resumed import may have been given a higher limit
        tally.start(step.getJobExecutionId(), () -> rejectedRows(jdbc, importId()));
    }
}
