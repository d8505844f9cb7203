package fi.kanta.retention;

import fi.kanta.customer.ShopSummary;
import fi.kanta.erasure.Erasures;
import fi.kanta.shop.ShopSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Removes what has passed its retention period (docs/architecture.md "Retention"): asks every
 * {@link ExpiringRows} bean, one after another, then compacts the database when anything went, so
 * that no removed row lingers in its files. Run by {@code kanta retention} and nightly by
 * {@code kanta serve}. One kind that fails does not stop the others. The log gets counts only.
 */
@Service
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final List<ExpiringRows> kinds;
    private final Erasures erasures;
    private final ShopSettings shop;
    private final Clock clock;
    private final ShopSummary summary;

    public Retention(List<ExpiringRows> kinds, Erasures erasures, ShopSettings shop, ObjectProvider<Clock> clock,
            ShopSummary summary) {
        this.summary = summary;
        this.kinds = kinds;
        this.erasures = erasures;
        this.shop = shop;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * One kind's result: how many went (or would go), or why it could not be done.
     *
     * @param keptFor zero when the kind is kept for ever (then nothing was asked)
     */
    public record Expired(String what, Duration keptFor, long count, String problem) {
        public boolean keptForever() {
            return keptFor.isZero() || keptFor.isNegative();
        }
    }

    /** What a retention pass did (or, in a dry run, would do). */
    public record Outcome(boolean dryRun, List<Expired> expired, boolean compacted) {
        public long total() {
            return expired.stream().mapToLong(Expired::count).sum();
        }
    }

    /** Now, by the clock. */
    public Outcome expire(boolean dryRun) {
        return expire(dryRun, clock.instant());
    }

    /** Removes (or, in a dry run, counts) everything older than its period at {@code now}. */
    public Outcome expire(boolean dryRun, Instant now) {
        List<Expired> expired = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        for (ExpiringRows kind : kinds) {
            Duration keptFor = kind.keptFor() == null ? Duration.ZERO : kind.keptFor();
            if (keptFor.isZero() || keptFor.isNegative()) {
                expired.add(new Expired(kind.what(), Duration.ZERO, 0, null));
                continue;
            }
            Cutoff cutoff = new Cutoff(now.minus(keptFor), shop.timeZone());
            try {
                long count = dryRun ? kind.countOlderThan(cutoff) : kind.removeOlderThan(cutoff);
                if (count > 0) {
                    tables.addAll(kind.tables());
                }
                expired.add(new Expired(kind.what(), keptFor, count, null));
            } catch (RuntimeException e) {
                LOG.error("retention of {} failed", kind.what(), e);
                expired.add(new Expired(kind.what(), keptFor, 0, e.getClass().getSimpleName()));
            }
        }
        boolean compacted = false;
        long total = expired.stream().mapToLong(Expired::count).sum();
        if (!dryRun && total > 0) {
            // the home page's counts: recounted by serve in the background
            summary.changed(ShopSummary.all());
            erasures.compact(tables);
            compacted = true;
        }
        LOG.info("retention{}: {}", dryRun ? " (dry run)" : "", expired.stream().filter(e -> e.count() > 0)
                .map(e -> e.what() + " " + e.count()).toList());
        return new Outcome(dryRun, List.copyOf(expired), compacted);
    }
}
