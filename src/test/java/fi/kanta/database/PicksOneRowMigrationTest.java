package fi.kanta.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The picks stored one row per pick before migration 42 are kept as one row per customer, their
 * products in rank order (whatever order the rows were written in) and the latest day, on both databases.
 */
class PicksOneRowMigrationTest {

    @Test
    void hsqldbKeepsEachCustomersPicksInRankOrder() {
        migrated(new DriverManagerDataSource("jdbc:hsqldb:mem:picks-one-row", "SA", ""), "hsqldb");
    }

    @Test
    void postgresqlKeepsEachCustomersPicksInRankOrder() {
        migrated(new DriverManagerDataSource(TestPostgres.freshDatabase("picks_one_row"), "postgres", ""), "postgresql");
    }

    private static void migrated(DataSource database, String vendor) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        flyway(database, vendor).target("41").load().migrate();
        jdbc.update("INSERT INTO customer_pick (customer_id, pick_rank, product_id, score, as_of) VALUES"
                + " (10, 2, 102, 0.5, DATE '2026-11-21'), (10, 3, 100, 0.1, DATE '2026-11-21'), (10, 1, 103, 0.9, DATE '2026-11-21'),"
                + " (11, 1, 101, 0.7, DATE '2026-11-20')");

        flyway(database, vendor).load().migrate();

        assertThat(jdbc.query("SELECT customer_id, product_ids, as_of FROM customer_pick ORDER BY customer_id", (row, n) -> {
            List<Long> products = java.util.Arrays.stream((Object[]) row.getArray(2).getArray()).map(id -> ((Number) id).longValue())
                    .toList();
            return row.getLong(1) + " " + products + " " + row.getDate(3).toLocalDate();
        })).containsExactly("10 [103, 102, 100] 2026-11-21", "11 [101] 2026-11-20");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource database, String vendor) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
    }
}
