package fi.kanta.outbox;

import fi.kanta.campaign.RunCounts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Where a run's recipients stand: how many customers each channel has in each status. */
@Component
public class RecipientCounts {

    private static final Logger LOG = LoggerFactory.getLogger(RecipientCounts.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    /** one recount at a time, off the page's thread (docs/architecture.md "Console") */
    private final ExecutorService recounts = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "run-counts");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> asked = ConcurrentHashMap.newKeySet();

    RecipientCounts(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Customers on one channel in one status (PENDING, SENT, HOLDOUT…). */
    public record Count(String channel, String status, long customers) {
    }

    /** The run's kept counts (run_status_count, V40) by its primary key (bench/console-benchmark EXPLAINs it). */
    public static final String KEPT = "SELECT channel, status, recipients FROM run_status_count WHERE run_id = ? AND recipients <> 0"
            + " ORDER BY channel, status";

    /** A run's outbox rows by channel and status, counted live, through campaign_recipient_status_ix: once, at a launch's end. */
    public static final String BY_STATUS = "SELECT r.channel, r.status, COUNT(*) FROM campaign_recipient r"
            // the run's id found first and given as a value, not a join or a subquery, so each database
            // plans for one run among the outbox's runs; the cost still grows with the run's own rows
            + " WHERE r.run_id = ? GROUP BY r.channel, r.status ORDER BY r.channel, r.status";

    /** The run's id; empty before it is launched. */
    public Optional<Long> runId(String campaign, String runKey) {
        return jdbc.query("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", (row, n) -> row.getLong(1),
                campaign, runKey).stream().findFirst();
    }

    /** The run's counts by channel, then status, counted live (a launch's summary, once); none before its outbox is written. */
    public List<Count> of(String campaign, String runKey) {
        return runId(campaign, runKey).map(this::of).orElse(List.of());
    }

    /** The counts of the run with this id, counted live. */
    public List<Count> of(long runId) {
        return jdbc.query(BY_STATUS, (row, n) -> new Count(row.getString(1), row.getString(2), row.getLong(3)), runId);
    }

    /**
     * The run's kept counts, never counting its outbox rows here. When they may be behind (a writer
     * marked them stale, or a window of emails whose process is gone: {@code sending} false), the run
     * is recounted on a thread of its own and the kept counts are shown meanwhile.
     */
    public List<Count> kept(long runId, boolean sending) {
        RunCounts.Kept kept = RunCounts.kept(jdbc, runId);
        if ((kept.stale() && !kept.behind()) || (kept.behind() && !sending)) {
            recountLater(runId, sending);
        }
        return kept.counts().stream().map(c -> new Count(c.channel(), c.status(), c.customers())).toList();
    }

    private void recountLater(long runId, boolean sending) {
        if (!asked.add(runId)) {
            return;
        }
        recounts.execute(() -> {
            try {
                transaction.executeWithoutResult(status -> RunCounts.recountIfNeeded(jdbc, runId, sending));
            } catch (RuntimeException e) {
                LOG.warn("recounting run {} failed; the next look tries again", runId, e);
            } finally {
                asked.remove(runId);
            }
        });
    }
}
