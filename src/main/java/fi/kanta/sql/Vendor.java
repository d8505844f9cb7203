package fi.kanta.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The two databases Kanta runs on; each feature keeps its own few differences in a dialect. */
public enum Vendor {
    HSQLDB, POSTGRESQL;

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
