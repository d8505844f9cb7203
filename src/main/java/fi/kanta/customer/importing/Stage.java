package fi.kanta.customer.importing;

import fi.kanta.sql.Upsert;
import fi.kanta.sql.Vendor;
import org.springframework.jdbc.core.JdbcTemplate;

/** The loaded stage of one chunk, and the statements that merge it, in the chunk's transaction. */
final class Stage {

    private final JdbcTemplate jdbc;
    private final Dialect dialect;
    private final String table;
    private final long importId;
    private final Header header;

    Stage(JdbcTemplate jdbc, Dialect dialect, String table, long importId, Header header) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.table = table;
        this.importId = importId;
        this.header = header;
    }

    String table() {
        return table;
    }

    Header header() {
        return header;
    }

    Vendor vendor() {
        return dialect.vendor();
    }

    void upsert(Upsert upsert) {
        jdbc.update(dialect.upsert(upsert));
    }

    void execute(String sql) {
        jdbc.update(sql);
    }

    /**
     * Rejects the stage rows whose {@code customer_ref} names no customer; the merge that follows
     * joins on customer and so leaves them out. Returns how many were rejected.
     */
    int rejectUnknownCustomers(Column column) {
        return jdbc.update(REJECT_UNKNOWN_CUSTOMERS + " FROM " + table + " s WHERE s.customer_ref IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM customer c WHERE c.external_id = s.customer_ref)", rejectParameters(column));
    }

    /** See {@link Dialect#upsertWithCustomers}. */
    int upsertWithCustomers(Column customer, java.util.function.Function<String, Upsert> upsert) {
        return dialect.upsertWithCustomers(this, customer, upsert);
    }

    /** The start of the statement that records unknown customers; its parameters are {@link #rejectParameters}. */
    static final String REJECT_UNKNOWN_CUSTOMERS = "INSERT INTO import_reject (import_id, line, column_name, value, reason)"
            + " SELECT ?, s.line, ?, s.customer_ref, 'no customer has this id (import the customers first)'";

    Object[] rejectParameters(Column column) {
        return new Object[] {importId, header.nameInFile(column)};
    }

    int queryForCount(String sql, Object... parameters) {
        Integer count = jdbc.queryForObject(sql, Integer.class, parameters);
        return count == null ? 0 : count;
    }
}
