package fi.kanta.outbox;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where a run's recipients stand: how many customers each channel has in each status. */
@Component
public class RecipientCounts {

    private final JdbcTemplate jdbc;

    RecipientCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers on one channel in one status (PENDING, SENT, HOLDOUT…). */
    public record Count(String channel, String status, long customers) {
    }

    /** A run's outbox rows by channel and status, through campaign_recipient_status_ix (bench/console-benchmark EXPLAINs it). */
    public static final String BY_STATUS = "SELECT r.channel, r.status, COUNT(*) FROM campaign_recipient r"
            // the run's id found first and given as a value, not a join or a subquery, so each database
            // plans for one run among the outbox's runs; the cost still grows with the run's own rows
            + " WHERE r.run_id = ? GROUP BY r.channel, r.status ORDER BY r.channel, r.status";

    /** The run's id; empty before it is launched. */
    public Optional<Long> runId(String campaign, String runKey) {
        return jdbc.query("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", (row, n) -> row.getLong(1),
                campaign, runKey).stream().findFirst();
    }

    /** The run's counts by channel, then status; none before its outbox is written. */
    public List<Count> of(String campaign, String runKey) {
        return runId(campaign, runKey).map(this::of).orElse(List.of());
    }

    /** The counts of the run with this id. */
    public List<Count> of(long runId) {
        return jdbc.query(BY_STATUS, (row, n) -> new Count(row.getString(1), row.getString(2), row.getLong(3)), runId);
    }
}
