package fi.kanta.console.home;

import fi.kanta.campaign.RunCounts;
import fi.kanta.customer.ShopSummary;
import fi.kanta.report.KeptResults;
import fi.kanta.report.NpsReports;
import fi.kanta.run.RunLeases;
import fi.kanta.schedule.CampaignSchedules;
import fi.kanta.schedule.ScheduleDecision;
import fi.kanta.status.ShopStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the home page shows, each part from the service that already knows it: the kept counts of
 * {@link ShopSummary}, the newest scores and imports of {@link ShopStatus} (small tables),
 * {@link RunLeases} (runs in progress) with each run's kept counts ({@link RunCounts}),
 * {@link CampaignSchedules} (the next runs), {@link NpsReports} and the runs' results kept by
 * {@link KeptResults}. Nothing here counts the purchases or an outbox on a request: stale counts are
 * recounted and the latest runs' results that are due (not computed yet, stale) computed on a thread of
 * their own, and the page shows what is kept meanwhile.
 */
@Service
public class HomeFacts {

    static final Duration NPS_LIFE = Duration.ofMinutes(1);
    static final int NPS_MONTHS = 12;
    static final int NEXT_RUNS = 8;

    private static final Logger log = LoggerFactory.getLogger(HomeFacts.class);

    private final JdbcTemplate jdbc;
    private final ShopSummary summary;
    private final ShopStatus shop;
    private final RunLeases leases;
    private final CampaignSchedules schedules;
    private final KeptResults results;
    private final Clock clock;
    private final Cached<NpsChart> nps;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kanta-home-facts");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public HomeFacts(JdbcTemplate jdbc, ShopSummary summary, ShopStatus shop, RunLeases leases, CampaignSchedules schedules,
                     NpsReports npsReports, KeptResults results, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.summary = summary;
        this.shop = shop;
        this.leases = leases;
        this.schedules = schedules;
        this.results = results;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.nps = new Cached<>(NPS_LIFE, this.clock, () -> NpsChart.of(npsReports.months(NPS_MONTHS, Optional.empty())));
    }

    /** The kept counts, the newest scores and the latest imports; stale counts are recounted in the background. */
    public ShopFacts status() {
        ShopSummary.Kept kept = summary.kept();
        if (kept.stale().stream().anyMatch(ShopSummary.Fact.COUNTS::contains)) {
            refreshInBackground();
        }
        return new ShopFacts(kept.counts(), shop.scores(), shop.imports());
    }

    public NpsChart nps() {
        return nps.get();
    }

    /**
     * The latest runs' targets against their holdout as kept (a run without a result yet says so); those
     * due are computed in the background, and the next page shows them.
     */
    public List<KeptResults.Latest> results() {
        List<KeptResults.Latest> latest = results.latest();
        if (latest.stream().anyMatch(KeptResults.Latest::due)) {
            refreshInBackground();
        }
        return latest;
    }

    /** Counts and computes everything afresh now (a test wrote its rows past the writers that keep the summary). */
    void forget() {
        summary.recount(ShopSummary.Fact.COUNTS);
        results.computeDue();
        nps.forget();
    }

    /** One refresh at a time; a request never waits for it. */
    private void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    summary.recountStale();
                    results.computeDue();
                } catch (RuntimeException e) {
                    log.warn("The home page's facts could not be refreshed; the next page tries again", e);
                } finally {
                    refreshing.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            refreshing.set(false);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** The runs started and not finished, by their kept counts (run_status_count: no pass over the outbox). */
    public List<RunProgress> runsInProgress() {
        List<RunProgress> runs = new ArrayList<>();
        for (RunLeases.Unfinished run : leases.unfinished()) {
            int slash = run.run().indexOf('/');
            Optional<Long> runId = jdbc.queryForList("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class,
                    run.run().substring(0, slash), run.run().substring(slash + 1)).stream().findFirst();
            // statuses as docs/architecture.md "Recipient status" names them
            Map<String, Long> counts = new HashMap<>();
            runId.ifPresent(id -> RunCounts.kept(jdbc, id).counts()
                    .forEach(count -> counts.merge(count.status(), count.customers(), Long::sum)));
            long claimed = counts.getOrDefault("SENDING", 0L);
            long waiting = counts.getOrDefault("PENDING", 0L);
            long sent = counts.getOrDefault("SENT", 0L) + counts.getOrDefault("PRINTED", 0L);
            long failed = counts.getOrDefault("FAILED", 0L) + counts.getOrDefault("BOUNCED", 0L)
                    + counts.getOrDefault("UNCONFIRMED", 0L);
            long total = counts.entrySet().stream().filter(count -> !count.getKey().equals("HOLDOUT"))
                    .mapToLong(Map.Entry::getValue).sum();
            runs.add(new RunProgress(run.run(), total, waiting, claimed, sent, failed, run.stale()));
        }
        return runs;
    }

    /** The scheduled campaigns' next firings, soonest first; empty when a definition cannot be read (the campaign pages say why). */
    public List<ScheduleDecision> nextRuns() {
        try {
            return schedules.at(clock.instant()).stream().filter(decision -> decision.next().isPresent())
                    .sorted(Comparator.comparing((ScheduleDecision decision) -> decision.next().orElseThrow().toInstant()))
                    .limit(NEXT_RUNS).toList();
        } catch (RuntimeException e) {
            log.warn("The schedules could not be read for the console's home page", e);
            return List.of();
        }
    }

    /** When the next firing is, for a template that has no time zone arithmetic. */
    public static ZonedDateTime next(ScheduleDecision decision) {
        return decision.next().orElseThrow();
    }
}
