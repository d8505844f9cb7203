package fi.kanta.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two databases Kanta runs on. Every difference between them is in this package: the few
 * they share here, an import's in {@link ImportDialect}, a selection's in {@link SelectionDialect},
 * upserts in {@link Upsert}; everything else is the same SQL.
 */
public enum Vendor {
    HSQLDB {
        @Override
        public void allowLargeSorts(JdbcTemplate jdbc) {
            // HSQLDB sorts and hashes in the JVM's heap: nothing to raise
        }
    },
    POSTGRESQL {
        @Override
        public void allowLargeSorts(JdbcTemplate jdbc) {
            jdbc.execute("SET LOCAL work_mem = '256MB'");
        }
    };

    /**
     * Gives the current transaction room to sort and hash large sets in memory: PostgreSQL's
     * default 4 MB work memory spills to disk, or re-reads a set for every row, past a few
     * thousand rows. This is the server's memory for this one transaction, not the JVM's heap.
     */
    public abstract void allowLargeSorts(JdbcTemplate jdbc);

    public static Vendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("hsql")) {
                return HSQLDB;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalStateException("Kanta runs on HSQLDB or PostgreSQL, not " + meta.getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}
