package fi.kanta.outbox;

import java.util.List;
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

    /** A run's (campaign, run key) outbox rows by channel and status, through campaign_recipient_status_ix (bench/console-benchmark EXPLAINs it). */
    public static final String BY_STATUS = "SELECT r.channel, r.status, COUNT(*) FROM campaign_recipient r"
            // the run's id as a value, not a join, so the plan is made for one run among the outbox's runs
            + " WHERE r.run_id = (SELECT u.id FROM campaign_run u WHERE u.campaign = ? AND u.run_key = ?)"
            + " GROUP BY r.channel, r.status ORDER BY r.channel, r.status";

    /** The run's counts by channel, then status; none before its outbox is written. */
    public List<Count> of(String campaign, String runKey) {
        return jdbc.query(BY_STATUS, (row, n) -> new Count(row.getString(1), row.getString(2), row.getLong(3)), campaign, runKey);
    }
}
