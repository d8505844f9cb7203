package fi.kanta.customer.importing;

import fi.kanta.sql.ImportDialect;
import fi.kanta.words.Words;
import java.sql.Connection;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one chunk in its transaction: the rejected rows into {@code import_reject}, the valid
 * ones into the stage and from there, set-based, into the customer tables (a key an earlier line
 * has is rejected, see {@link RepeatedKeys}), and which rows of the file the chunk held into
 * {@code import_committed}.
 *
 * <p>The reject limit is exact: the chunk in which the import's rejected rows pass the limit is
 * written again from a savepoint, up to and including the row that passed it, and the import stops
 * there; everything good before that row is kept, nothing after it is imported, and a resumed
 * import starts right after it. (Checking after whole chunks let a limit of 100 reject 333 rows and
 * import every good row of the chunk, and still end "FAILED".) The rows of the chunk left unwritten
 * are counted in the step's context ({@link #UNWRITTEN}) so they do not count as read.
 */
class ImportWriter<T> implements ItemStreamWriter<CheckedRow> {

    static final String TOO_MANY_REJECTS = "tooManyRejects";
    static final String UNWRITTEN = "unwrittenRows";
    /** Short rows imported by the partition, and the line of its first (see {@link CheckedRow}). */
    static final String SHORT_ROWS = "shortRows";
    static final String FIRST_SHORT_LINE = "firstShortLine";

    private final ImportDefinition<T> definition;
    private final JdbcTemplate jdbc;
    private final ImportDialect dialect;
    private final StepExecution step;
    private final long maxRejects;
    private final RejectTally tally;
    private final RepeatedKeys keys;
    /** The marketer's: the reasons the merge rejects rows for. */
    private final Words words;

    ImportWriter(ImportDefinition<T> definition, JdbcTemplate jdbc, ImportDialect dialect, StepExecution step, long maxRejects,
            RejectTally tally, RepeatedKeys keys, Words words) {
        this.words = words;
        this.definition = definition;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.step = step;
        this.maxRejects = maxRejects;
        this.tally = tally;
        this.keys = keys;
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) throws Exception {
        List<CheckedRow> rows = new ArrayList<>(chunk.getItems());
        // partitions of one import share the limit: the tally sees their uncommitted rejects too
        long before = tally.current(step.getJobExecutionId());
        Written written = jdbc.execute((Connection connection) -> {
            Savepoint savepoint = connection.setSavepoint();
            Written all = writeRows(rows);
            if (before + all.rejected() <= maxRejects) {
                connection.releaseSavepoint(savepoint);
                return all;
            }
            long passing = lastLineToWrite(before, maxRejects, all.rejectedLines());
            connection.rollback(savepoint);
            rows.removeIf(row -> row.line() > passing);
            return writeRows(rows).stopping(true);
        });
        countShortRows(rows);
        if (tally.add(step.getJobExecutionId(), written.rejected()) > maxRejects || written.stopping()) {
            step.getExecutionContext().put(TOO_MANY_REJECTS, true);
            step.getExecutionContext().putLong(UNWRITTEN, step.getExecutionContext().getLong(UNWRITTEN, 0)
                    + chunk.size() - rows.size());
            step.setTerminateOnly();
        }
    }

    /**
     * The last line of a chunk to write once the import's rejects would pass the limit: the line of
     * the reject that passes it; none (0) when another partition passed the limit before this chunk,
     * since this chunk then has no reject of its own to stop at (its rows are left for the resume,
     * counted as unwritten, not read).
     */
    static long lastLineToWrite(long rejectedBefore, long maxRejects, List<Long> rejectedLines) {
        if (rejectedBefore > maxRejects) {
            return 0;
        }
        return rejectedLines.get((int) Math.min(rejectedLines.size() - 1, maxRejects - rejectedBefore));
    }

    private void countShortRows(List<CheckedRow> written) {
        ExecutionContext context = step.getExecutionContext();
        for (CheckedRow row : written) {
            if (row.shortRow() && row.accepted()) {
                context.putLong(SHORT_ROWS, context.getLong(SHORT_ROWS, 0) + 1);
                if (!context.containsKey(FIRST_SHORT_LINE) || context.getLong(FIRST_SHORT_LINE) > row.line()) {
                    context.putLong(FIRST_SHORT_LINE, row.line());
                }
            }
        }
    }

    /** What writing some rows of a chunk did: rows rejected, and (asked only when over the limit) which lines. */
    private record Written(long rejected, Supplier<List<Long>> lines, boolean stopping) {
        List<Long> rejectedLines() {
            return lines.get();
        }

        Written stopping(boolean stop) {
            return new Written(rejected, lines, stop);
        }
    }

    /** Writes the rows (in file order) in the chunk's transaction. */
    private Written writeRows(List<CheckedRow> chunk) {
        List<Rejection> rejections = new ArrayList<>();
        List<Rejection> warnings = new ArrayList<>();
        List<Object[]> staged = new ArrayList<>();
        List<Long> rejectedHere = new ArrayList<>();
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
                staged.add(withLine);
                warnings.addAll(row.warnings());
            } else {
                rejections.addAll(row.rejections());
                rejectedHere.add(row.line());
            }
        }
        recordRejections(jdbc, importId(), rejections);
        record(jdbc, "import_warning", importId(), warnings);
        StripeDeals.recordCommitted(jdbc, importId(), rows);
        if (staged.isEmpty()) {
            return new Written(rejectedHere.size(), () -> rejectedHere, false);
        }
        Stage stage = new Stage(jdbc, dialect, definition.stageTable(), importId(), chunk.get(0).header(), words);
        long rejected = rejectedHere.size() + stage(stage, staged);
        RepeatedKeys.Outcome repeated = lastOutcome;
        return new Written(rejected, () -> {
            // the rows the merge rejected are still in the stage; those whose key an earlier line has are not
            java.util.SortedSet<Long> lines = new java.util.TreeSet<>(rejectedHere); // a line rejected twice is one row
            lines.addAll(jdbc.queryForList("SELECT DISTINCT r.line FROM import_reject r WHERE r.import_id = ? AND r.line IN"
                    + " (SELECT line FROM " + stage.table() + ")", Long.class, importId()));
            lines.addAll(repeated.losers());
            repeated.takeovers().forEach(takeover -> lines.add(takeover.line()));
            return List.copyOf(lines);
        }, false);
    }

    /** Rows of the import rejected so far (a row with three problems is one row). */
    static long rejectedRows(JdbcTemplate jdbc, long importId) {
        Long rows = jdbc.queryForObject("SELECT COUNT(DISTINCT line) FROM import_reject WHERE import_id = ?", Long.class, importId);
        return rows == null ? 0 : rows;
    }

    /** The outcome of the latest key check, handed from {@link #stage} to {@link #writeRows}. */
    private RepeatedKeys.Outcome lastOutcome = RepeatedKeys.Outcome.NONE;

    /** Stages the rows, rejects repeated keys, merges; returns the rows rejected on the way. */
    private long stage(Stage stage, List<Object[]> rows) {
        List<String> columns = new ArrayList<>();
        columns.add("line");
        columns.addAll(definition.stageColumns());
        return jdbc.execute((Connection connection) -> {
            dialect.fillStage(connection, definition.stageTable(), columns, rows);
            lastOutcome = keys.register(stage, definition, importId(), rows.size());
            long rejected = definition.apply(stage);
            return rejected + keys.confirm(lastOutcome, importId());
        });
    }

    /**
     * Rows of the import kept without a bad value or with one corrected: those with a warning that
     * were not rejected after all (by the merge: an unknown customer, a repeated key).
     */
    static long keptRows(JdbcTemplate jdbc, long importId) {
        Long rows = jdbc.queryForObject("SELECT COUNT(DISTINCT w.line) FROM import_warning w WHERE w.import_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM import_reject r WHERE r.import_id = w.import_id AND r.line = w.line)",
                Long.class, importId);
        return rows == null ? 0 : rows;
    }

    static void recordRejections(JdbcTemplate jdbc, long importId, List<Rejection> rejections) {
        record(jdbc, "import_reject", importId, rejections);
    }

    /** Records rejections or warnings (same columns) in {@code table}. */
    private static void record(JdbcTemplate jdbc, String table, long importId, List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + table + " (import_id, line, column_name, value, reason) VALUES (?, ?, ?, ?, ?)",
                rejections, rejections.size(), (insert, r) -> {
                    insert.setLong(1, importId);
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
        context.remove(UNWRITTEN); // a partition's context carries over into the resumed import
        context.remove(SHORT_ROWS);
        context.remove(FIRST_SHORT_LINE);
        tally.start(step.getJobExecutionId(), () -> rejectedRows(jdbc, importId()));
    }
}
