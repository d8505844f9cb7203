package fi.kanta.segment;

import fi.kanta.sql.Sql;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts a segment's members with its one compiled query. */
@Component
public class SegmentCounter {

    private final JdbcTemplate jdbc;
    private final CustomerQuery customers;

    public SegmentCounter(JdbcTemplate jdbc, CustomerQuery customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** Members and how long the query took. */
    public record Count(long members, long queryMillis) {
    }

    public Count count(Filter filter, LocalDate today) {
        Sql query = query(filter, today, customers.newestScoreDate());
        long start = System.nanoTime();
        Long members = jdbc.queryForObject(query.text(), Long.class, query.args());
        return new Count(members, (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code SELECT COUNT(*)} over the segment: the one parameterised query. */
    public static Sql query(Filter filter, LocalDate today, Optional<LocalDate> scoreDate) {
        return Sql.of("SELECT COUNT(*)").plus(CustomerQuery.from(SegmentSql.sources(filter), scoreDate))
                .plus(" WHERE ").plus(SegmentSql.where(filter, today));
    }
}
