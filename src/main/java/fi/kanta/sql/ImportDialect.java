package fi.kanta.sql;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What differs between the two databases Kanta runs on in an import: how an import stage is
 * created and filled, and how an upsert is written. Everything else is the same SQL.
 */
public enum ImportDialect {

    /** HSQLDB: the stages are global temporary tables (migration V3); rows go in as a JDBC batch. */
    HSQLDB {
        @Override
        public void fillStage(Connection connection, String stage, List<String> columns, List<Object[]> rows) throws SQLException {
            String sql = "INSERT INTO " + stage + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        @Override
        public Vendor vendor() {
            return Vendor.HSQLDB;
        }

        @Override
        public int upsertWithCustomers(JdbcTemplate jdbc, String stage, Sql reject, Function<String, Upsert> upsert) {
            int rejected = rejectUnknownCustomers(jdbc, stage, reject);
            jdbc.update(upsert.apply("(SELECT s.*, c.id AS customer_id FROM " + stage
                    + " s JOIN customer c ON c.external_id = s.customer_ref)").sql(vendor()));
            return rejected;
        }
    },

    /** PostgreSQL: the stages are session temp tables; rows go in with COPY, the fastest path in. */
    POSTGRESQL {
        @Override
        public void fillStage(Connection connection, String stage, List<String> columns, List<Object[]> rows) throws SQLException {
            boolean created = prepare(connection, stage);
            StringBuilder csv = new StringBuilder(rows.size() * 120);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    CopyText.append(csv, row[i]);
                }
                csv.append('\n');
            }
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY " + stage + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + stage + " failed", e);
            }
            if (created) {
                // The statistics of the session's first chunk stay with its stage for the later chunks (only
                // the rows go at commit). Knowing that customers repeat within a chunk, the planner remembers
                // each customer's id (a Memoize node) instead of looking it up again for every row: for
                // 5,000 demo purchases, ten a customer, the look-up took 4 ms instead of 12.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE " + stage);
                }
            }
        }

        /** Creates the session's stage if it has none yet (returns whether it did) and sets up the chunk's transaction. */
        private static boolean prepare(Connection connection, String stage) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                boolean exists;
                try (ResultSet found = statement.executeQuery("SELECT to_regclass('pg_temp." + stage + "') IS NOT NULL")) {
                    exists = found.next() && found.getBoolean(1);
                }
                if (!exists) {
                    statement.execute("CREATE TEMP TABLE " + stage + " (LIKE " + stage + "_shape) ON COMMIT DELETE ROWS");
                }
                // A chunk is a few thousand rows against tables of millions: look each row up by index.
                // Left to itself the planner, with stale statistics on a table just imported, hashed the
                // whole customer table for every chunk (measured 4x slower).
                statement.execute("SET LOCAL enable_hashjoin = off");
                statement.execute("SET LOCAL enable_mergejoin = off");
                // The chunk's rows and the import's restart point commit together, so a commit lost in a
                // crash is a chunk the resumed import reads again: no need to wait for the disk.
                statement.execute("SET LOCAL synchronous_commit = off");
                return !exists;
            }
        }

        @Override
        public Vendor vendor() {
            return Vendor.POSTGRESQL;
        }

        /**
         * One statement, one customer look-up per row (or per customer, see fillStage): a
         * data-modifying WITH rejects and merges together.
         */
        @Override
        public int upsertWithCustomers(JdbcTemplate jdbc, String stage, Sql reject, Function<String, Upsert> upsert) {
            Integer rejected = jdbc.queryForObject("WITH looked_up AS MATERIALIZED (SELECT s.*, c.id AS customer_id FROM " + stage
                    + " s LEFT JOIN customer c ON c.external_id = s.customer_ref),"
                    + " rejected AS (" + reject.text() + " FROM looked_up s"
                    + " WHERE s.customer_ref IS NOT NULL AND s.customer_id IS NULL RETURNING 1),"
                    + " merged AS (" + upsert.apply("(SELECT * FROM looked_up WHERE customer_id IS NOT NULL)").sql(vendor())
                    + " RETURNING 1) SELECT COUNT(*) FROM rejected", Integer.class, reject.args());
            return rejected == null ? 0 : rejected;
        }
    };

    /** Puts one chunk of rows into the session's stage, in the chunk's transaction. */
    public abstract void fillStage(Connection connection, String stage, List<String> columns, List<Object[]> rows)
            throws SQLException;

    public abstract Vendor vendor();

    /** The upsert's statement, a stamped table's rows stamped {@code now} (shop time). */
    public String upsert(Upsert upsert, java.time.LocalDateTime now) {
        return upsert.sql(vendor(), now);
    }

    /**
     * Rejects the stage rows whose customer_ref names no customer and upserts the others; the
     * function builds the upsert from a relation of the stage's rows plus their customer_id.
     * {@code reject} is the start of the statement that records a rejected row, an
     * {@code INSERT ... SELECT} over the stage row {@code s} (its own parameters bound). Returns
     * how many rows were rejected. The upsert is of a table without stamps (consents, purchases).
     */
    public abstract int upsertWithCustomers(JdbcTemplate jdbc, String stage, Sql reject, Function<String, Upsert> upsert);

    /**
     * Records the stage rows whose customer_ref names no customer with {@code reject} (see
     * {@link #upsertWithCustomers}); the merge that follows joins on customer and so leaves them
     * out. The same SQL on both databases. Returns how many were rejected.
     */
    public static int rejectUnknownCustomers(JdbcTemplate jdbc, String stage, Sql reject) {
        return jdbc.update(reject.text() + " FROM " + stage + " s WHERE s.customer_ref IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM customer c WHERE c.external_id = s.customer_ref)", reject.args());
    }

    public static ImportDialect of(DataSource dataSource) {
        return switch (Vendor.of(dataSource)) {
            case HSQLDB -> HSQLDB;
            case POSTGRESQL -> POSTGRESQL;
        };
    }

    /** Values in PostgreSQL's COPY CSV form: NULL unquoted and empty, text always quoted. */
    static final class CopyText {
        private CopyText() {
        }

        static void append(StringBuilder csv, Object value) {
            if (value == null) {
                return;
            }
            if (value instanceof String text) {
                csv.append('"');
                if (text.indexOf('"') < 0 && text.indexOf('\0') < 0) {
                    csv.append(text); // the common case, whole rather than a char at a time
                } else {
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            csv.append('"');
                        }
                        if (c != 0) { // PostgreSQL text cannot hold NUL
                            csv.append(c);
                        }
                    }
                }
                csv.append('"');
            } else {
                csv.append(value); // numbers, booleans, ISO dates and times
            }
        }
    }
}
