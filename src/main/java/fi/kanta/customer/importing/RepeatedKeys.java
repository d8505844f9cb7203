package fi.kanta.customer.importing;

import fi.kanta.sql.Vendor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A key (order id, customer id, …) that appears twice in one file is kept from its first line and
 * rejected on the later ones, naming both lines; before, the later row silently overwrote the
 * earlier (an order moved between customers and the counts did not add up).
 *
 * <p>Each import has a table of the keys it has staged and the line each came from,
 * {@code import_key_<import id>}, written in the chunk's transaction like the rows themselves, so
 * the partitions see each other's keys and a resumed import sees the keys of the runs before it.
 * A chunk registers its keys with one set-based statement whose unique key refuses the ones already
 * there; only when some were refused (a repeated key: rare) does the chunk look at which, one
 * statement more. A table of its own per import is dropped in one statement when the import
 * completes, where deleting ten million keys from a shared table took as long as a tenth of the
 * import.
 *
 * <p>"First" means first in the file, whichever partition gets there first: when a partition
 * brings an earlier line of a key that a partition working further down the file already
 * imported, the earlier line takes the key over, its row replaces the later one's, and the later
 * line is the one rejected.
 */
@Component
class RepeatedKeys implements JobExecutionListener {

    private final JdbcTemplate jdbc;

    RepeatedKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String table(long importId) {
        return "import_key_" + importId;
    }

    /**
     * Creates the import's key table when the import starts from its first row; a resumed import
     * keeps the one its earlier runs filled (a table left by an import whose rows were all lost is
     * replaced).
     */
    @Override
    public void beforeJob(JobExecution job) {
        long importId = job.getJobInstance().getInstanceId();
        Long committed = jdbc.queryForObject("SELECT COUNT(*) FROM import_committed WHERE import_id = ?", Long.class, importId);
        if (committed == null || committed == 0) {
            jdbc.execute("DROP TABLE IF EXISTS " + table(importId));
        }
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + table(importId)
                + " (row_key VARCHAR(500) NOT NULL PRIMARY KEY, line BIGINT NOT NULL)");
    }

    /**
     * A completed import is never resumed: its keys are no longer needed. (One stopped for too many
     * rejects may still say COMPLETED here: {@link RejectReport} marks it failed after this.)
     */
    @Override
    public void afterJob(JobExecution job) {
        if (job.getStatus() == BatchStatus.COMPLETED && !RejectReport.stoppedForRejects(job)) {
            jdbc.execute("DROP TABLE IF EXISTS " + table(job.getJobInstance().getInstanceId()));
        }
    }

    /**
     * Registers the keys of the staged rows, in the chunk's transaction, and takes the rows whose
     * key an earlier line has out of the stage, recording them as rejected. Returns what {@link
     * #confirm} needs after the merge.
     */
    Outcome register(Stage stage, ImportDefinition<?> definition, long importId, int stagedRows) {
        String keys = table(importId);
        int registered = jdbc.update(stage.vendor() == Vendor.POSTGRESQL
                // ordered, so that two partitions lock keys they share in the same order and never deadlock;
                // a key staged twice or held by another partition's open chunk waits for it, then is refused
                ? "INSERT INTO " + keys + " (row_key, line) SELECT " + definition.keySql() + ", s.line FROM " + stage.table()
                        + " s ORDER BY 1, 2 ON CONFLICT (row_key) DO NOTHING"
                // one writer at a time (HSQLDB): the first line of each new key, as a MERGE like HSQLDB's upserts
                : "MERGE INTO " + keys + " k USING (SELECT n.row_key, MIN(n.line) AS line FROM (SELECT " + definition.keySql()
                        + " AS row_key, s.line FROM " + stage.table() + " s) n GROUP BY n.row_key) f ON k.row_key = f.row_key"
                        + " WHEN NOT MATCHED THEN INSERT (row_key, line) VALUES (f.row_key, f.line)");
        if (registered == stagedRows) {
            return Outcome.NONE;
        }
        return resolve(stage, definition, importId, keys);
    }

    /** The rows whose key was already registered, in file order: each loses to an earlier line or takes over from a later one. */
    private Outcome resolve(Stage stage, ImportDefinition<?> definition, long importId, String keys) {
        List<Object[]> clashes = jdbc.query("SELECT s.line, k.line, k.row_key, " + definition.keyValueSql() + " FROM "
                + stage.table() + " s JOIN " + keys + " k ON k.row_key = " + definition.keySql()
                + " WHERE k.line <> s.line ORDER BY s.line", (row, n) -> new Object[] {row.getLong(1), row.getLong(2),
                    row.getString(3), row.getString(4)});
        String column = stage.header().nameInFile(definition.keyColumn());
        Map<String, Long> firstLines = new HashMap<>();
        List<Long> losers = new ArrayList<>();
        List<Takeover> takeovers = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Object[] clash : clashes) {
            long line = (Long) clash[0];
            String key = (String) clash[2];
            String shown = (String) clash[3];
            long first = firstLines.getOrDefault(key, (Long) clash[1]);
            if (first > line && jdbc.update("UPDATE " + keys + " SET line = ? WHERE row_key = ? AND line = ?", line, key, first) == 1) {
                Rejection later = new Rejection(first, column, shown, definition.repeated(shown, line, stage.words()));
                takeovers.add(new Takeover(line, key, later));
                rejections.add(later);
                firstLines.put(key, line);
                continue;
            }
            if (first > line) { // another partition took the key over meanwhile: it holds the line to compare with now
                first = jdbc.queryForObject("SELECT line FROM " + keys + " WHERE row_key = ?", Long.class, key);
            }
            losers.add(line);
            rejections.add(new Rejection(line, column, shown, definition.repeated(shown, first, stage.words())));
        }
        ImportWriter.recordRejections(jdbc, importId, rejections);
        if (!losers.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM " + stage.table() + " WHERE line = ?", losers.stream().map(l -> new Object[] {l}).toList());
        }
        return new Outcome(losers, takeovers);
    }

    /**
     * After the merge: a takeover whose row the merge rejected (its customer is unknown) gives the
     * key back to the later line, which stays imported, so the report never rejects a row that is in
     * the database. Returns the rows this chunk's keys rejected in all.
     */
    int confirm(Outcome outcome, long importId) {
        int undone = 0;
        for (Takeover takeover : outcome.takeovers()) {
            Long rejected = jdbc.queryForObject("SELECT COUNT(*) FROM import_reject WHERE import_id = ? AND line = ?",
                    Long.class, importId, takeover.line());
            if (rejected != null && rejected > 0) {
                jdbc.update("UPDATE " + table(importId) + " SET line = ? WHERE row_key = ? AND line = ?",
                        takeover.later().line(), takeover.key(), takeover.line());
                jdbc.update("DELETE FROM import_reject WHERE import_id = ? AND line = ? AND reason = ?", importId,
                        takeover.later().line(), takeover.later().reason());
                undone++;
            }
        }
        return outcome.losers().size() + outcome.takeovers().size() - undone;
    }

    /** A row of this chunk that took its key from a later line, now rejected. */
    record Takeover(long line, String key, Rejection later) {
    }

    /** The chunk's rows that lost their key to an earlier line, and those that took a key over. */
    record Outcome(List<Long> losers, List<Takeover> takeovers) {
        static final Outcome NONE = new Outcome(List.of(), List.of());
    }
}
