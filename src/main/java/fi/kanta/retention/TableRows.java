package fi.kanta.retention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of one table that expire: deleted, or only their personal values cleared (the row itself
 * still counted by a report). The condition is SQL with a {@code ?} for each place the cutoff goes,
 * in the clock the table is written in; a clearing condition must leave out rows already cleared,
 * so that the count says what would change.
 */
public final class TableRows implements ExpiringRows {

    private final JdbcTemplate jdbc;
    private final String what;
    private final Duration keptFor;
    private final String table;
    private final String set;
    private final String condition;
    private final Function<Cutoff, LocalDateTime> clock;

    private TableRows(JdbcTemplate jdbc, String what, Duration keptFor, String table, String set, String condition,
            Function<Cutoff, LocalDateTime> clock) {
        this.jdbc = jdbc;
        this.what = what;
        this.keptFor = keptFor;
        this.table = table;
        this.set = set;
        this.condition = condition;
        this.clock = clock;
    }

    /** Rows deleted where {@code condition} holds; {@code clock} picks the cutoff's time the table is written in. */
    public static TableRows deleting(JdbcTemplate jdbc, String what, Duration keptFor, String table, String condition,
            Function<Cutoff, LocalDateTime> clock) {
        return new TableRows(jdbc, what, keptFor, table, null, condition, clock);
    }

    /** Rows whose values {@code set} clears (e.g. {@code detail = NULL}) where {@code condition} holds. */
    public static TableRows clearing(JdbcTemplate jdbc, String what, Duration keptFor, String table, String set, String condition,
            Function<Cutoff, LocalDateTime> clock) {
        return new TableRows(jdbc, what, keptFor, table, set, condition, clock);
    }

    @Override
    public String what() {
        return what;
    }

    @Override
    public Duration keptFor() {
        return keptFor;
    }

    @Override
    public long countOlderThan(Cutoff cutoff) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + condition, Long.class, arguments(cutoff));
        return rows == null ? 0 : rows;
    }

    @Override
    public long removeOlderThan(Cutoff cutoff) {
        String change = set == null ? "DELETE FROM " + table : "UPDATE " + table + " SET " + set;
        return jdbc.update(change + " WHERE " + condition, arguments(cutoff));
    }

    @Override
    public List<String> tables() {
        return List.of(table);
    }

    private Object[] arguments(Cutoff cutoff) {
        int places = (int) condition.chars().filter(c -> c == '?').count();
        return Collections.nCopies(places, Timestamp.valueOf(clock.apply(cutoff))).toArray();
    }
}
