package fi.kanta.customer;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the console's home page counts, kept in {@code shop_summary} so that a page never counts the
 * purchases. Writers that change many rows at once (the import job's end) {@link #recount} what they
 * changed; writers of single rows (the public pages, a run's suppressions) and erasure and retention
 * {@link #changed mark} a fact stale, in their own transaction, and serve {@link #recountStale recounts}
 * stale facts in the background.
 *
 * <p>A recount first takes the stale mark away, then counts: a writer that commits meanwhile either
 * is counted or marks the fact stale again, so no change is lost.
 */
@Service
public class ShopSummary {

    /** A kept fact, a count of its table (the runs' results are kept per run: report/KeptResults). */
    public enum Fact {
        CUSTOMERS("customer"), PURCHASES("purchase"), CONSENTS("consent"), SUPPRESSIONS("suppression");

        /** The facts, in the order the home page shows them. */
        public static final Set<Fact> COUNTS = EnumSet.of(CUSTOMERS, PURCHASES, CONSENTS, SUPPRESSIONS);

        private final String table;

        Fact(String table) {
            this.table = table;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The kept counts in the home page's order ({@code customers}, {@code purchases}...), and the stale facts. */
    public record Kept(List<CustomerData.Count> counts, Set<Fact> stale, LocalDateTime countedAt) {
    }

    private final JdbcTemplate jdbc;

    public ShopSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One small read: every fact as kept. */
    public Kept kept() {
        List<CustomerData.Count> counts = new ArrayList<>();
        Set<Fact> stale = EnumSet.noneOf(Fact.class);
        LocalDateTime[] oldest = {null};
        jdbc.query("SELECT fact, amount, stale, counted_at FROM shop_summary", row -> {
            Fact fact = Fact.valueOf(row.getString(1).toUpperCase(Locale.ROOT));
            if (row.getBoolean(3)) {
                stale.add(fact);
            }
            counts.add(new CustomerData.Count(row.getString(1), row.getLong(2)));
            LocalDateTime at = row.getTimestamp(4).toLocalDateTime();
            oldest[0] = oldest[0] == null || at.isBefore(oldest[0]) ? at : oldest[0];
        });
        counts.sort(java.util.Comparator.comparing(count -> Fact.valueOf(count.data().toUpperCase(Locale.ROOT)).ordinal()));
        return new Kept(counts, stale, oldest[0]);
    }

    /**
     * Marks facts stale, in the caller's transaction when there is one. Only the first writer after a
     * recount updates the row; the others find it stale already and lock nothing.
     */
    public void changed(Set<Fact> facts) {
        changed(jdbc, facts);
    }

    public void changed(Fact first, Fact... more) {
        changed(EnumSet.of(first, more));
    }

    /** {@link #changed(Set)} for a writer that holds only a {@code JdbcTemplate}. */
    public static void changed(JdbcTemplate jdbc, Set<Fact> facts) {
        for (Fact fact : facts) {
            jdbc.update("UPDATE shop_summary SET stale = TRUE WHERE fact = ? AND stale = FALSE", fact.key());
        }
    }

    /** Every fact: after erasure or retention, which remove rows of every kind. */
    public static Set<Fact> all() {
        return EnumSet.allOf(Fact.class);
    }

    /** Counts these facts now and keeps the counts. */
    public void recount(Set<Fact> facts) {
        for (Fact fact : facts) {
            jdbc.update("UPDATE shop_summary SET stale = FALSE WHERE fact = ?", fact.key());
            count(fact);
        }
    }

    /** Recounts the counts marked stale; returns the facts that were stale. */
    public Set<Fact> recountStale() {
        Set<Fact> recounted = EnumSet.noneOf(Fact.class);
        for (Fact fact : Fact.COUNTS) {
            if (take(fact)) {
                count(fact);
                recounted.add(fact);
            }
        }
        return recounted;
    }

    /** Takes a fact's stale mark away; true when it was stale (the caller then computes it again). */
    public boolean take(Fact fact) {
        return jdbc.update("UPDATE shop_summary SET stale = FALSE WHERE fact = ? AND stale = TRUE", fact.key()) == 1;
    }

    private void count(Fact fact) {
        // the table's name comes from the enum, never from outside
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + fact.table, Long.class);
        jdbc.update("UPDATE shop_summary SET amount = ?, counted_at = ? WHERE fact = ?", rows == null ? 0 : rows,
                Timestamp.valueOf(LocalDateTime.now()), fact.key());
    }
}
