package fi.kanta.customer.importing;

import fi.kanta.customer.Prospects;
import fi.kanta.sql.ImportDialect;
import fi.kanta.sql.Sql;
import fi.kanta.sql.Upsert;
import fi.kanta.sql.Vendor;
import fi.kanta.words.Words;
import org.springframework.jdbc.core.JdbcTemplate;

/** The loaded stage of one chunk, and the statements that merge it, in the chunk's transaction. */
final class Stage {

    private final JdbcTemplate jdbc;
    private final ImportDialect dialect;
    private final String table;
    private final long importId;
    private final Header header;
    private final Words words;

    Stage(JdbcTemplate jdbc, ImportDialect dialect, String table, long importId, Header header, Words words) {
        this.words = words;
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

    /** The marketer's words, in which the rows' reasons are written. */
    Words words() {
        return words;
    }

    Vendor vendor() {
        return dialect.vendor();
    }

    /** Runs the upsert; a stamped table's new and changed rows get the shop's time now. */
    void upsert(Upsert upsert) {
        jdbc.update(dialect.upsert(upsert, java.time.LocalDateTime.now(words.zone())));
    }

    void execute(String sql) {
        jdbc.update(sql);
    }

    /** Merges the prospects whose email key a customer of this stage now has ({@link Prospects}); returns how many. */
    int mergeProspects() {
        return Prospects.mergeImported(jdbc, vendor(), "SELECT s.external_id FROM " + table + " s");
    }

    /**
     * Rejects the stage rows whose {@code customer_ref} names no customer; the merge that follows
     * joins on customer and so leaves them out. Returns how many were rejected.
     */
    int rejectUnknownCustomers(Column column) {
        return ImportDialect.rejectUnknownCustomers(jdbc, table, rejectUnknown(column));
    }

    /**
     * Rejects the stage rows {@code s} that match {@code condition}, in {@code column} with the value
     * {@code valueSql}; the merge that follows must leave them out. Returns how many were rejected.
     */
    int reject(Column column, String valueSql, String reason, String condition) {
        return jdbc.update("INSERT INTO import_reject (import_id, line, column_name, value, reason) SELECT ?, s.line, ?, "
                + valueSql + ", ? FROM " + table + " s WHERE " + condition, importId, header.nameInFile(column), reason);
    }

    /** See {@link ImportDialect#upsertWithCustomers}. */
    int upsertWithCustomers(Column customer, java.util.function.Function<String, Upsert> upsert) {
        return dialect.upsertWithCustomers(jdbc, table, rejectUnknown(customer), upsert);
    }

    /**
     * A condition on a stage row {@code s}: the import listed a warning for its value of the column
     * (the value was left out or corrected, see {@link RowCheck#optional}).
     */
    String warned(Column column) {
        return "EXISTS (SELECT 1 FROM import_warning w WHERE w.import_id = " + importId + " AND w.line = s.line"
                + " AND w.column_name = '" + header.nameInFile(column).replace("'", "''") + "')";
    }

    /** The start of the statement that records a stage row {@code s} whose customer is unknown, in this import. */
    private Sql rejectUnknown(Column column) {
        return Sql.of("INSERT INTO import_reject (import_id, line, column_name, value, reason)"
                + " SELECT ?, s.line, ?, s.customer_ref, ?", importId, header.nameInFile(column), words.text("import.no-customer"));
    }
}
