package fi.kanta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * The demo files are plain enough for PostgreSQL's own CSV reader: {@code COPY ... (FORMAT csv,
 * HEADER)} loads them into typed columns (timestamp, numeric, date, boolean), empty cells as NULL.
 */
class DemoPostgresCopyTest {

    @Test
    void postgresqlCopyReadsEveryFileIntoTypedColumns(@TempDir Path dir) throws Exception {
        DemoShop.Files shop = DemoShop.generate(dir, 1000, LocalDate.of(2026, 3, 14), DemoShop.DEFAULT_SEED);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE demo_customer (customer_id text, first_name text, last_name text, email text,"
                    + " phone text, street text, postal_code text, city text, country char(2), language text, customer_since date)");
            sql.execute("CREATE TABLE demo_purchase (order_id text PRIMARY KEY, customer_id text, purchased_at timestamp,"
                    + " amount numeric(14, 2), currency char(3), category text, offer_code text)");
            sql.execute("CREATE TABLE demo_consent (customer_id text, channel text, granted boolean, given_at timestamp, source text)");
            sql.execute("CREATE TABLE demo_suppression (email text, customer_id text, reason text, suppressed_at timestamp, source text)");

            assertThat(copy(connection, "demo_customer", shop.customers())).isEqualTo(shop.customerRows());
            assertThat(copy(connection, "demo_purchase", shop.purchases())).isEqualTo(shop.purchaseRows());
            assertThat(copy(connection, "demo_consent", shop.consents())).isEqualTo(shop.consentRows());
            assertThat(copy(connection, "demo_suppression", shop.suppressions())).isEqualTo(shop.suppressionRows());

            assertThat(count(sql, "SELECT COUNT(*) FROM demo_purchase WHERE amount < 0")).isPositive();
            assertThat(count(sql, "SELECT COUNT(*) FROM demo_purchase WHERE offer_code IS NULL")).isPositive();
            assertThat(count(sql, "SELECT COUNT(*) FROM demo_purchase WHERE offer_code = ''")).isZero();
            assertThat(count(sql, "SELECT COUNT(*) FROM demo_customer WHERE email IS NULL")).isPositive();
            assertThat(count(sql, "SELECT COUNT(*) FROM demo_customer WHERE street LIKE 'Flat %, %'")).isPositive();
            assertThat(count(sql, "SELECT COUNT(*) FROM demo_consent WHERE NOT granted")).isPositive();
            assertThat(count(sql, "SELECT COUNT(*) FROM demo_customer c WHERE customer_since <> (SELECT MIN(purchased_at)::date"
                    + " FROM demo_purchase p WHERE p.customer_id = c.customer_id)")).isZero();
        }
    }

    private static long copy(Connection connection, String table, Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER)", in);
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
