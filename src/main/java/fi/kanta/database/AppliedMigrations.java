package fi.kanta.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Whether every migration in this build is already applied to the database, found without Flyway.
 * Flyway's own start (its configuration, then reading and validating every migration against the
 * history) is a seventh of a quick command's CPU time, so a quick command starts without it and
 * asks this first; when anything is missing, failed or not as expected, the command starts again the
 * usual way and Flyway migrates (or says what is wrong) as before. Unlike Flyway it does not compare
 * checksums: a migration edited after it was applied is still reported by the next command that
 * starts with Flyway (an import, a score, a run, serve).
 */
@Component
public class AppliedMigrations {

    /** A versioned migration's file name, as Flyway reads it: V, the version (1, 1.1 or 1_1), two underscores. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.*\\.sql");

    private final DataSource dataSource;
    private final Environment environment;

    public AppliedMigrations(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    /**
     * True only when the history holds a successful row for every migration here, no failed one and
     * no other. A database that cannot be opened (in use, unreachable) fails here as it would in
     * Flyway, so the command says so once instead of waiting for it twice.
     */
    public boolean all() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Set<String> here = versionsHere(DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId());
            return here != null && !here.isEmpty() && here.equals(applied(connection));
        } catch (SQLException | IOException e) {
            return false; // no history yet (a new database), or one this check does not understand: Flyway decides
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The versions of the migrations in this build for the database; null when one is not a plain versioned one. */
    private Set<String> versionsHere(String vendor) throws IOException {
        Set<String> versions = new HashSet<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String location : environment.getProperty("spring.flyway.locations", String[].class, new String[] {"classpath:db/migration"})) {
            if (!location.startsWith("classpath:")) {
                return null;
            }
            String folder = location.substring("classpath:".length()).replace("{vendor}", vendor);
            for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
                String name = resource.getFilename();
                if (name == null || name.isEmpty() || !resource.isReadable()) {
                    continue; // a folder
                }
                Matcher versioned = VERSIONED.matcher(name);
                if (!versioned.matches()) {
                    return null; // a repeatable or Java migration, or something else Flyway would look at
                }
                versions.add(versioned.group(1).replace('_', '.'));
            }
        }
        return versions;
    }

    /** The versions the history says were applied; null when one failed. */
    private Set<String> applied(Connection connection) throws SQLException {
        String table = environment.getProperty("spring.flyway.table", "flyway_schema_history");
        Set<String> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"" + table.replace("\"", "") + "\"")) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return null;
                }
                if (rows.getString(1) != null) { // Flyway's own rows (a schema it made) have no version
                    versions.add(rows.getString(1));
                }
            }
        }
        return versions;
    }
}
