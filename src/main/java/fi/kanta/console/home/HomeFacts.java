package fi.kanta.console.home;

import fi.kanta.customer.ShopSummary;
import fi.kanta.report.Comparison;
import fi.kanta.report.Interval;
import fi.kanta.report.NpsReports;
import fi.kanta.report.RunReport;
import fi.kanta.report.RunReports;
import fi.kanta.run.RunLeases;
import fi.kanta.schedule.CampaignSchedules;
import fi.kanta.schedule.ScheduleDecision;
import fi.kanta.status.ShopStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
 * {@link ShopSummary} and the newest scores and imports of {@link ShopStatus} (small tables),
 * {@link RunLeases} (runs in progress), {@link CampaignSchedules} (the next runs), {@link NpsReports}
 * and {@link RunReports}. Nothing here counts the purchases on a request: stale counts are recounted
 * and the latest runs' results computed again on a thread of their own, and the page shows what is
 * kept meanwhile. The results are computed again when a newer run is there, when purchases came or went
 * (their fact is stale), and at least every {@link #RESULTS_LIFE}.
 */
@Service
public class HomeFacts {

    static final Duration NPS_LIFE = Duration.ofMinutes(1);
    static final Duration RESULTS_LIFE = Duration.ofMinutes(5);
    static final int NPS_MONTHS = 12;
    static final int LATEST_RESULTS = 3;
    static final int NEXT_RUNS = 8;

    private static final Logger log = LoggerFactory.getLogger(HomeFacts.class);

    private final JdbcTemplate jdbc;
    private final ShopSummary summary;
    private final ShopStatus shop;
    private final RunLeases leases;
    private final CampaignSchedules schedules;
    private final RunReports reports;
    private final Clock clock;
    private final Cached<NpsChart> nps;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kanta-home-facts");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Results results;

    /** The latest runs' results, the newest run they saw and when they were computed. */
    private record Results(List<RunResult> runs, long newestRun, Instant computedAt) {
    }

    public HomeFacts(JdbcTemplate jdbc, ShopSummary summary, ShopStatus shop, RunLeases leases, CampaignSchedules schedules,
                     NpsReports npsReports, RunReports reports, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.summary = summary;
        this.shop = shop;
        this.leases = leases;
        this.schedules = schedules;
        this.reports = reports;
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

    /** The latest runs' targets against their holdout, as last computed (the first time, computed now). */
    public List<RunResult> results() {
        Results known = results;
        if (known == null) {
            synchronized (this) {
                if (results == null) {
                    results = computeResults();
                }
                return results.runs();
            }
        }
        if (known.newestRun() != newestRun() || !clock.instant().isBefore(known.computedAt().plus(RESULTS_LIFE))
                || summary.kept().stale().contains(ShopSummary.Fact.RESULTS)) {
            refreshInBackground();
        }
        return known.runs();
    }

    /** Counts and computes everything afresh now (a test wrote its rows past the writers that keep the summary). */
    void forget() {
        summary.recount(ShopSummary.Fact.COUNTS);
        summary.take(ShopSummary.Fact.RESULTS);
        results = computeResults();
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
                    Results known = results;
                    boolean stale = summary.take(ShopSummary.Fact.RESULTS);
                    if (known == null || stale || known.newestRun() != newestRun()
                            || !clock.instant().isBefore(known.computedAt().plus(RESULTS_LIFE))) {
                        results = computeResults();
                    }
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

    private long newestRun() {
        Long newest = jdbc.queryForObject("SELECT MAX(id) FROM campaign_run", Long.class);
        return newest == null ? 0 : newest;
    }

    private Results computeResults() {
        long newest = newestRun();
        return new Results(latestResults(), newest, clock.instant());
    }

    /** The runs started and not finished, by their outbox now. */
    public List<RunProgress> runsInProgress() {
        List<RunProgress> runs = new ArrayList<>();
        for (RunLeases.Unfinished run : leases.unfinished()) {
            int slash = run.run().indexOf('/');
            // statuses as docs/architecture.md "Recipient status" names them
            Map<String, Long> counts = new HashMap<>();
            jdbc.query("SELECT r.status, COUNT(*) FROM campaign_run u JOIN campaign_recipient r ON r.run_id = u.id"
                            + " WHERE u.campaign = ? AND u.run_key = ? GROUP BY r.status",
                    row -> {
                        counts.put(row.getString(1), row.getLong(2));
                    }, run.run().substring(0, slash), run.run().substring(slash + 1));
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

    private List<RunResult> latestResults() {
        List<RunResult> latest = new ArrayList<>();
        jdbc.query("SELECT campaign, run_key FROM campaign_run ORDER BY selected_at DESC, id DESC FETCH FIRST " + LATEST_RESULTS
                + " ROWS ONLY", row -> {
            String campaign = row.getString(1);
            String runKey = row.getString(2);
            try {
                latest.add(result(reports.report(campaign, runKey, OptionalInt.empty(), false).report()));
            } catch (RuntimeException e) {
                // its campaign's definition is gone or broken: the other runs still show
                log.warn("No result for run {}/{} on the console's home page", campaign, runKey, e);
            }
        });
        return latest;
    }

    private static RunResult result(RunReport report) {
        Comparison overall = report.overall();
        Interval difference = overall.conversionDifference();
        String verdict = overall.tooSmall() || Double.isNaN(difference.estimate()) ? "too-small"
                : difference.includesZero() ? "no-effect" : difference.estimate() > 0 ? "better" : "worse";
        return new RunResult(report.run(), report.selectedAt(), report.windowEnded(), overall.target().customers(),
                overall.holdout().customers(), overall.target().conversion(), overall.holdout().conversion(), verdict,
                overall.incrementalRevenue(), report.currency());
    }

    /** When the next firing is, for a template that has no time zone arithmetic. */
    public static ZonedDateTime next(ScheduleDecision decision) {
        return decision.next().orElseThrow();
    }
}
