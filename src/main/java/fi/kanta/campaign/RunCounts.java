package fi.kanta.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each run's recipients by channel and status, kept in {@code run_status_count} (V40) so that the run's
 * progress page never counts the run's outbox rows (docs/architecture.md "Recipient status"). Every run
 * holds a row for each channel and status from its selection on, so writers only UPDATE.
 *
 * <p>Who keeps them: the selection {@link #recount recounts} the run in its transaction; each status
 * move {@link #add adds} its moves, summed per batch, in the transaction that moves the rows. The email
 * step claims each email in a transaction of its own as it leaves, so its moves are added per window of
 * emails: the window's transaction {@link #windowOpens marks the counts behind} and the transaction that
 * adds the window's moves takes the mark away; a run left behind by a process that died is recounted.
 * Erasure, which moves rows of many runs at once, {@link #markStale marks} the runs' counts stale.
 * A recount and a writer's moves serialize on the count rows: a recount updates them in place.
 */
public final class RunCounts {

    /** Every outbox status (fi.kanta.outbox.RecipientStatus, which a test keeps equal). */
    public static final List<String> STATUSES = List.of("PENDING", "SENDING", "SENT", "PRINTED", "FAILED", "BOUNCED", "WITHDRAWN",
            "UNCONFIRMED", "HOLDOUT");

    /** One kept count. */
    public record Count(String channel, String status, long customers) {
    }

    /** A run's kept counts, and whether they may be behind its outbox rows. */
    public record Kept(List<Count> counts, boolean stale, boolean behind) {
    }

    /** Moves of outbox rows to be added, summed per (channel, status). */
    public static final class Moves {

        private final Map<List<String>, Long> deltas = new LinkedHashMap<>();

        /** {@code rows} rows of the channel moved from one status to another. */
        public Moves move(ChannelType channel, String from, String to, long rows) {
            if (rows != 0 && !from.equals(to)) {
                deltas.merge(List.of(channel.id(), from), -rows, Long::sum);
                deltas.merge(List.of(channel.id(), to), rows, Long::sum);
            }
            return this;
        }

        /** Rows of the channel in a status, more ({@code rows} > 0) or fewer than before. */
        public Moves change(String channel, String status, long rows) {
            deltas.merge(List.of(channel, status), rows, Long::sum);
            return this;
        }
    }

    private RunCounts() {
    }

    /** Adds the moves to the run's counts, in the caller's transaction: one batch, nothing per outbox row. */
    public static void add(JdbcTemplate jdbc, long runId, Moves moves) {
        List<Object[]> updates = new ArrayList<>();
        moves.deltas.forEach((key, delta) -> {
            if (delta != 0) {
                updates.add(new Object[] {delta, runId, key.get(0), key.get(1)});
            }
        });
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE run_status_count SET recipients = recipients + ? WHERE run_id = ? AND channel = ? AND status = ?",
                    inLockOrder(updates));
        }
    }

    /**
     * Counts the run's outbox rows now and keeps the counts, taking away the stale and behind marks, in the
     * caller's transaction. One pass over the run's rows by campaign_recipient_status_ix.
     */
    public static void recount(JdbcTemplate jdbc, long runId) {
        jdbc.update("UPDATE campaign_run SET counts_stale = FALSE, counts_behind = FALSE WHERE id = ?", runId);
        Map<List<String>, Long> live = new LinkedHashMap<>();
        jdbc.query("SELECT channel, status, COUNT(*) FROM campaign_recipient WHERE run_id = ? GROUP BY channel, status",
                row -> {
                    live.put(List.of(row.getString(1), row.getString(2)), row.getLong(3));
                }, runId);
        List<Object[]> updates = new ArrayList<>();
        for (ChannelType channel : ChannelType.values()) {
            for (String status : STATUSES) {
                updates.add(new Object[] {live.getOrDefault(List.of(channel.id(), status), 0L), runId, channel.id(), status});
            }
        }
        updates = inLockOrder(updates);
        int[] updated = jdbc.batchUpdate("UPDATE run_status_count SET recipients = ? WHERE run_id = ? AND channel = ? AND status = ?",
                updates);
        List<Object[]> missing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(updates.get(i));
            }
        }
        if (!missing.isEmpty()) {
            // a new run: its grid of rows, written once by its selection
            jdbc.batchUpdate("INSERT INTO run_status_count (recipients, run_id, channel, status) VALUES (?, ?, ?, ?)", missing);
        }
    }

    /**
     * The count rows' updates ({@code [value, run, channel, status]}) in one order for every writer: two
     * writers of the same run lock its count rows one after the other, never each waiting for the other.
     * (A writer that also locks the run's campaign_run row locks that first, as a recount does.)
     */
    private static List<Object[]> inLockOrder(List<Object[]> updates) {
        List<Object[]> ordered = new ArrayList<>(updates);
        ordered.sort(java.util.Comparator.comparing((Object[] u) -> (String) u[2]).thenComparing(u -> (String) u[3]));
        return ordered;
    }

    /**
     * Marks the counts of the runs holding outbox rows that {@code rowsCondition} finds stale, in the
     * caller's transaction, before the rows move: serve's next look at such a run recounts it.
     */
    public static void markStale(JdbcTemplate jdbc, String rowsCondition, Object... args) {
        jdbc.update(staleWhere(rowsCondition), args);
    }

    /** The statement of {@link #markStale}: the outbox rows as {@code r}. */
    public static String staleWhere(String rowsCondition) {
        return "UPDATE campaign_run SET counts_stale = TRUE WHERE counts_stale = FALSE AND id IN (SELECT r.run_id FROM"
                + " campaign_recipient r WHERE " + rowsCondition + ")";
    }

    /** A window of emails starts moving rows one at a time: the run's counts are behind until {@link #windowCloses}. */
    public static void windowOpens(JdbcTemplate jdbc, long runId) {
        jdbc.update("UPDATE campaign_run SET counts_behind = TRUE WHERE id = ? AND counts_behind = FALSE", runId);
    }

    /**
     * The window's moves are in: adds them, or when a writer marked the run stale meanwhile, recounts it
     * (all of the window's rows have moved by now, so the count is whole). In the caller's transaction.
     */
    public static void windowCloses(JdbcTemplate jdbc, long runId, Moves moves) {
        // the run's row first (taken under its lock), then the count rows: a recount's order
        jdbc.update("UPDATE campaign_run SET counts_behind = FALSE WHERE id = ?", runId);
        Boolean stale = jdbc.queryForObject("SELECT counts_stale FROM campaign_run WHERE id = ?", Boolean.class, runId);
        if (Boolean.TRUE.equals(stale)) {
            recount(jdbc, runId);
        } else {
            add(jdbc, runId, moves);
        }
    }

    /** The run's kept counts (only those above zero), by channel and status. */
    public static Kept kept(JdbcTemplate jdbc, long runId) {
        List<Count> counts = jdbc.query("SELECT channel, status, recipients FROM run_status_count WHERE run_id = ? AND recipients <> 0"
                + " ORDER BY channel, status", (row, n) -> new Count(row.getString(1), row.getString(2), row.getLong(3)), runId);
        Optional<boolean[]> marks = jdbc.query("SELECT counts_stale, counts_behind FROM campaign_run WHERE id = ?",
                (row, n) -> new boolean[] {row.getBoolean(1), row.getBoolean(2)}, runId).stream().findFirst();
        return new Kept(counts, marks.map(m -> m[0]).orElse(false), marks.map(m -> m[1]).orElse(false));
    }

    /**
     * Recounts the run when its counts are stale, or behind while no process sends it ({@code sending}
     * false: a window whose process died). Returns whether it recounted. In the caller's transaction.
     */
    public static boolean recountIfNeeded(JdbcTemplate jdbc, long runId, boolean sending) {
        // the mark taken first, under the run's row lock: a window opened meanwhile is not counted twice
        int taken = jdbc.update("UPDATE campaign_run SET counts_stale = FALSE WHERE id = ? AND ((counts_stale = TRUE AND counts_behind = FALSE)"
                + (sending ? "" : " OR counts_behind = TRUE") + ")", runId);
        if (taken == 0) {
            return false;
        }
        recount(jdbc, runId);
        return true;
    }
}
