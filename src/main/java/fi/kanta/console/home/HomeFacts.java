package fi.kanta.console.home;

import fi.kanta.report.Comparison;
import fi.kanta.report.Interval;
import fi.kanta.report.NpsReports;
import fi.kanta.report.RunReport;
import fi.kanta.report.RunReports;
import fi.kanta.run.RunLeases;
import fi.kanta.schedule.CampaignSchedules;
import fi.kanta.schedule.ScheduleDecision;
import fi.kanta.status.ShopStatus;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the home page shows, each part from the service that already knows it: {@link ShopStatus}
 * (what the database holds, the latest imports), {@link RunLeases} (runs in progress),
 * {@link CampaignSchedules} (the next runs), {@link NpsReports} and {@link RunReports}. The slow parts
 * are {@link Cached}: counting every purchase costs a full scan on PostgreSQL, and a run's report
 * reads its window's purchases.
 */
@Service
public class HomeFacts {

    static final Duration COUNTS_LIFE = Duration.ofMinutes(1);
    static final Duration RESULTS_LIFE = Duration.ofMinutes(5);
    static final int NPS_MONTHS = 12;
    static final int LATEST_RESULTS = 3;
    static final int NEXT_RUNS = 8;

    private static final Logger log = LoggerFactory.getLogger(HomeFacts.class);

    private final JdbcTemplate jdbc;
    private final RunLeases leases;
    private final CampaignSchedules schedules;
    private final RunReports reports;
    private final Clock clock;
    private final Cached<ShopStatus.Status> status;
    private final Cached<NpsChart> nps;
    private final Cached<List<RunResult>> results;

    public HomeFacts(JdbcTemplate jdbc, ShopStatus shop, RunLeases leases, CampaignSchedules schedules, NpsReports npsReports,
                     RunReports reports, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.leases = leases;
        this.schedules = schedules;
        this.reports = reports;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.status = new Cached<>(COUNTS_LIFE, this.clock, () -> {
            try {
                return shop.now();
            } catch (SQLException e) {
                throw new IllegalStateException("the shop's status could not be read", e);
            }
        });
        this.nps = new Cached<>(COUNTS_LIFE, this.clock, () -> NpsChart.of(npsReports.months(NPS_MONTHS, Optional.empty())));
        this.results = new Cached<>(RESULTS_LIFE, this.clock, this::latestResults);
    }

    /** Customers, purchases, consents and suppressions; the newest scores; the latest imports (at most a minute old). */
    public ShopStatus.Status status() {
        return status.get();
    }

    public NpsChart nps() {
        return nps.get();
    }

    /** The latest runs' targets against their holdout (at most five minutes old). */
    public List<RunResult> results() {
        return results.get();
    }

    /** Reads everything afresh next time (a test changes the data between pages). */
    void forget() {
        status.forget();
        nps.forget();
        results.forget();
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
