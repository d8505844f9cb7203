package fi.kanta.report;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code run_result} (V41): each run's {@link RunResult} as last computed, and whether it is
 * stale. A writer {@link #taking takes} the stale mark away before it reads the purchases and writes the
 * values after: a purchases import or an erasure that commits meanwhile marks the row stale again, so no
 * change is lost (as {@code customer/ShopSummary} recounts).
 */
@Component
class RunResultRows {

    /** A run among the latest, with its kept result when there is one. */
    record Row(long runId, String campaign, String runKey, Optional<RunResult> result, boolean stale, LocalDateTime computedAt) {
    }

    private final JdbcTemplate jdbc;

    RunResultRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest runs (by selection time) with their kept results: one read of a few rows by campaign_run_selected_ix. */
    List<Row> latest(int runs) {
        return jdbc.query("SELECT u.id, u.campaign, u.run_key, u.selected_at, x.window_end, x.window_ended, x.targets, x.holdout,"
                + " x.target_conversion, x.holdout_conversion, x.verdict, x.extra_revenue, x.currency, x.stale, x.computed_at"
                + " FROM campaign_run u LEFT JOIN run_result x ON x.run_id = u.id"
                + " ORDER BY u.selected_at DESC, u.id DESC FETCH FIRST " + runs + " ROWS ONLY", (row, n) -> {
                    String run = row.getString(2) + "/" + row.getString(3);
                    Timestamp windowEnd = row.getTimestamp(5);
                    Optional<RunResult> result = windowEnd == null ? Optional.empty()
                            : Optional.of(new RunResult(run, row.getTimestamp(4).toLocalDateTime(), windowEnd.toLocalDateTime(),
                                    row.getBoolean(6), row.getLong(7), row.getLong(8), row.getDouble(9), row.getDouble(10),
                                    row.getString(11), row.getDouble(12), row.getString(13)));
                    Timestamp computedAt = row.getTimestamp(15);
                    return new Row(row.getLong(1), row.getString(2), row.getString(3), result, row.getBoolean(14),
                            computedAt == null ? null : computedAt.toLocalDateTime());
                });
    }

    /** Takes the run's stale mark away before its result is computed (a run without a row has none). */
    void taking(String campaign, String runKey) {
        jdbc.update("UPDATE run_result SET stale = FALSE WHERE run_id = (SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?)",
                campaign, runKey);
    }

    /** Keeps the run's result as computed at {@code now} (shop time); the stale mark stays as it is. */
    void write(String campaign, String runKey, RunResult result, LocalDateTime now) {
        Object[] values = {Timestamp.valueOf(result.windowEnd()), result.windowEnded(), result.targets(), result.holdout(),
            result.targetConversion(), result.holdoutConversion(), result.verdict(), result.extra(), result.currency(),
            Timestamp.valueOf(now), campaign, runKey};
        String update = "UPDATE run_result SET window_end = ?, window_ended = ?, targets = ?, holdout = ?, target_conversion = ?,"
                + " holdout_conversion = ?, verdict = ?, extra_revenue = ?, currency = ?, computed_at = ?"
                + " WHERE run_id = (SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?)";
        if (jdbc.update(update, values) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO run_result (run_id, window_end, window_ended, targets, holdout, target_conversion, holdout_conversion,"
                    + " verdict, extra_revenue, currency, computed_at, stale) SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE"
                    + " FROM campaign_run WHERE campaign = ? AND run_key = ?", values);
        } catch (DuplicateKeyException e) {
            // another writer (the run's end, the home's background) inserted it first: this one is as new
            jdbc.update(update, values);
        }
    }

    /** Marks every kept result stale: purchases came, and any run's window may hold them. One small table. */
    void markAllStale() {
        jdbc.update("UPDATE run_result SET stale = TRUE WHERE stale = FALSE");
    }

    /** Marks stale the results of the runs these customers were recipients of, before their outbox rows move. */
    void markStaleFor(List<Long> customerIds) {
        String marks = String.join(", ", java.util.Collections.nCopies(customerIds.size(), "?"));
        jdbc.update("UPDATE run_result SET stale = TRUE WHERE stale = FALSE AND run_id IN (SELECT r.run_id FROM campaign_recipient r"
                + " WHERE r.customer_id IN (" + marks + "))", customerIds.toArray());
    }
}
