package fi.kanta.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import fi.kanta.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Quick commands start without Flyway only when the history holds exactly this build's
 * migrations; otherwise they start again with it, so a database behind the build is migrated by
 * whichever command comes first, as before. Both databases, through the real command line.
 */
class AppliedMigrationsTest {

    @TempDir
    Path home;

    @Test
    void anEmbeddedDatabaseIsCurrentOnlyWithEveryMigrationAppliedAndNoOther() throws Exception {
        CommandLines.home(home);
        assertThat(applied(new DriverManagerDataSource("jdbc:hsqldb:mem:nothing-applied", "SA", "")).all()).as("a new database").isFalse();
        List<String> status = List.of("status", "--kanta.home=" + home);

        CommandLines.run(0, status.toArray(String[]::new)); // the first: Flyway makes the schema
        DataSource database = new DriverManagerDataSource("jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true", "SA", CommandLines.password(home));
        assertThat(applied(database).all()).isTrue();

        // a build newer than the database: the newest migration missing (only the newest can be, or
        // Flyway refuses it as out of order), and a status brings it in
        assertThat(CommandLines.count(home, "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""))
                .as("the newest migration; a newer one needs its own undo here").isEqualTo(42);
        execute(database, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '42'", "DROP TABLE customer_pick",
                "CREATE TABLE customer_pick (customer_id BIGINT NOT NULL, pick_rank INTEGER NOT NULL, product_id BIGINT NOT NULL,"
                        + " score DOUBLE PRECISION NOT NULL, as_of DATE NOT NULL, CONSTRAINT customer_pick_pk PRIMARY KEY (customer_id, pick_rank))",
                "SHUTDOWN");
        assertThat(applied(database).all()).isFalse();
        CommandLines.run(0, status.toArray(String[]::new));
        assertThat(CommandLines.count(home, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '42'")).isOne();
        assertThat(CommandLines.count(home, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = 'CUSTOMER_PICK' AND COLUMN_NAME = 'PRODUCT_IDS'")).isOne();
        assertThat(applied(database).all()).isTrue();

        // a database a newer build migrated: Flyway, not this check, decides what an older build does
        execute(database, "INSERT INTO \"flyway_schema_history\" SELECT \"installed_rank\" + 1000, '99', 'later', \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\""
                + " FROM \"flyway_schema_history\" WHERE \"version\" = '42'", "SHUTDOWN");
        assertThat(applied(database).all()).isFalse();
    }

    @Test
    void aPostgresDatabaseIsMigratedByTheFirstQuickCommandAndThenCurrent() throws Exception {
        CommandLines.home(home);
        String url = TestPostgres.freshDatabase("applied_migrations");
        List<String> status = new ArrayList<>(List.of("status", "--kanta.home=" + home));
        status.addAll(TestPostgres.settings(url));
        DataSource database = new DriverManagerDataSource(url, "postgres", "");
        assertThat(applied(database).all()).isFalse();

        String first = CommandLines.run(0, status.toArray(String[]::new));
        assertThat(applied(database).all()).isTrue();
        assertThat(CommandLines.run(0, status.toArray(String[]::new))).as("the same answer without Flyway").isEqualTo(first);

        // a migration that failed half-way: Flyway says so, as it did before this check
        execute(database, "UPDATE flyway_schema_history SET success = false WHERE version = '42'");
        assertThat(applied(database).all()).isFalse();
        assertThat(CommandLines.run(1, status.toArray(String[]::new))).containsIgnoringCase("failed");
    }

    private static AppliedMigrations applied(DataSource database) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("kanta",
                Map.of("spring.flyway.locations", "classpath:db/migration/common,classpath:db/migration/{vendor}")));
        return new AppliedMigrations(database, environment);
    }

    private static void execute(DataSource database, String... statements) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
