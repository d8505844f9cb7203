package fi.kanta.console.campaigns;

import fi.kanta.outbox.RecipientCounts;
import fi.kanta.run.RunStates;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A run's progress for its page, asked every few seconds while the run sends: the counts go through
 * the outbox's index on (run, channel, status, ranking), so a look costs the same however many
 * customers the shop has; the failures read only the run's failed rows.
 */
@Service
public class RunWatch {

    /** A run's (campaign, run key) failed messages by answer, through campaign_recipient_status_ix (bench/console-benchmark EXPLAINs it). */
    public static final String FAILURES = "SELECT r.channel, r.status, r.detail, COUNT(*) FROM campaign_recipient r"
            + " WHERE r.run_id = ? AND r.channel IN ('email', 'letter') AND r.status IN ('FAILED', 'BOUNCED', 'UNCONFIRMED')"
            + " GROUP BY r.channel, r.status, r.detail ORDER BY COUNT(*) DESC, r.status";

    private static final List<String> FAILED = List.of("FAILED", "BOUNCED", "UNCONFIRMED");

    private final RecipientCounts counts;
    private final RunStates states;
    private final RunsInBackground launches;
    private final JdbcTemplate jdbc;

    RunWatch(RecipientCounts counts, RunStates states, RunsInBackground launches, JdbcTemplate jdbc) {
        this.counts = counts;
        this.states = states;
        this.launches = launches;
        this.jdbc = jdbc;
    }

    public RunProgress of(String campaign, String runKey) {
        long total = 0;
        long claimed = 0;
        long sent = 0;
        long failed = 0;
        long withdrawn = 0;
        long pending = 0;
        long holdout = 0;
        Optional<Long> runId = counts.runId(campaign, runKey);
        for (RecipientCounts.Count count : runId.map(counts::of).orElse(List.of())) {
            long n = count.customers();
            switch (count.status()) {
                case "HOLDOUT" -> holdout += n;
                case "SENDING" -> claimed += n;
                case "SENT", "PRINTED" -> sent += n;
                case "WITHDRAWN" -> withdrawn += n;
                case "PENDING" -> pending += n;
                default -> failed += FAILED.contains(count.status()) ? n : 0;
            }
            total += "HOLDOUT".equals(count.status()) ? 0 : n;
        }
        return new RunProgress(states.of(campaign, runKey), total, claimed, sent, failed, withdrawn, pending, holdout,
                runId.map(this::failures).orElse(List.of()), launches.ending(campaign + "/" + runKey));
    }

    /** The run's failed messages by channel, status and answer, most frequent first (at most ten answers). */
    private List<RunProgress.Failure> failures(long runId) {
        return jdbc.query(FAILURES, (row, n) -> new RunProgress.Failure(row.getString(1), row.getString(2),
                        row.getString(3) == null ? "" : row.getString(3), row.getLong(4)), runId)
                .stream().limit(10).toList();
    }
}
