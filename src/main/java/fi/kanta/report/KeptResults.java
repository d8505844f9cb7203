package fi.kanta.report;

import fi.kanta.customer.AfterPurchases;
import fi.kanta.run.AfterRun;
import fi.kanta.shop.ShopSettings;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The runs' results against their holdout, kept in {@code run_result} so that the console's home page
 * reads a few rows instead of the purchases (docs/architecture.md "Console"). Who keeps them: a run's
 * end writes its row; a purchases import's end marks every row stale and computes the latest
 * {@link #LATEST} runs again (a report each: what the home shows, at the cost of a few reports per
 * import, however many runs the shop has made); erasure marks its people's runs stale; {@code kanta
 * report} with the default window writes what it computed. The home computes its runs that are due
 * (no row yet, stale, or "so far" past their window's end) on a thread of its own.
 */
@Service
public class KeptResults implements AfterRun, AfterPurchases {

    /** The runs the home page shows. */
    public static final int LATEST = 3;

    /** One of the latest runs: its kept result (none yet: not computed), and whether it is to be computed again. */
    public record Latest(String run, Optional<RunResult> result, boolean due) {
    }

    private static final Logger log = LoggerFactory.getLogger(KeptResults.class);

    private final RunResultRows rows;
    private final RunReports reports;
    private final ShopSettings shop;
    private final Clock clock;
    /** Runs whose report cannot be made (their campaign's definition gone): tried once per process from the home, not on every page. */
    private final Set<Long> unreadable = ConcurrentHashMap.newKeySet();

    public KeptResults(RunResultRows rows, RunReports reports, ShopSettings shop, ObjectProvider<Clock> clock) {
        this.rows = rows;
        this.reports = reports;
        this.shop = shop;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * The latest runs as kept, newest first: one small read, no purchases. A run without a result whose
     * report cannot be made is left out, as the home page always did (the run's own pages say why).
     */
    public List<Latest> latest() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(shop.timeZone()));
        return rows.latest(LATEST).stream().filter(row -> row.result().isPresent() || !unreadable.contains(row.runId()))
                .map(row -> new Latest(row.campaign() + "/" + row.runKey(), row.result(),
                        !unreadable.contains(row.runId()) && due(row, now))).toList();
    }

    /** Computes the latest runs that are due now, on the caller's thread; returns how many it computed. */
    public int computeDue() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(shop.timeZone()));
        int computed = 0;
        for (RunResultRows.Row row : rows.latest(LATEST)) {
            if (!unreadable.contains(row.runId()) && due(row, now)) {
                if (compute(row.campaign(), row.runKey())) {
                    computed++;
                } else {
                    unreadable.add(row.runId());
                }
            }
        }
        return computed;
    }

    private static boolean due(RunResultRows.Row row, LocalDateTime now) {
        return row.stale() || row.result().isEmpty()
                || !row.result().get().windowEnded() && !now.isBefore(row.result().get().windowEnd());
    }

    @Override
    public void afterRun(String campaign, String runKey) {
        compute(campaign, runKey);
    }

    @Override
    public void purchasesChanged() {
        rows.markAllStale();
        for (RunResultRows.Row row : rows.latest(LATEST)) {
            compute(row.campaign(), row.runKey());
        }
    }

    @Override
    public void erasing(List<Long> customerIds) {
        // PostgreSQL takes at most 32,767 parameters a statement: an erasure's batch is far below
        for (int from = 0; from < customerIds.size(); from += 1000) {
            rows.markStaleFor(new ArrayList<>(customerIds.subList(from, Math.min(customerIds.size(), from + 1000))));
        }
    }

    /** The run's report with the default window, which keeps its result; false when it cannot be made. */
    private boolean compute(String campaign, String runKey) {
        try {
            reports.report(campaign, runKey, OptionalInt.empty(), false);
            return true;
        } catch (RuntimeException e) {
            // its campaign's definition is gone or broken, or the run was never selected: the other runs still show
            log.warn("No result kept for run {}/{}", campaign, runKey, e);
            return false;
        }
    }
}
