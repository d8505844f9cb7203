package fi.kanta.erasure;

import fi.kanta.sql.Vendor;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After erasures, the database's own files are rewritten so that no deleted row lingers in them.
 * HSQLDB: {@code CHECKPOINT DEFRAG} writes the data file anew (deleted rows' space is not reused in
 * place) and empties the redo log, which holds every statement since the last checkpoint; it runs
 * the same over the shared server's connection while {@code kanta serve} runs. PostgreSQL:
 * {@code VACUUM} of the tables an erasure touches, so the dead row versions are cleared (the WAL
 * and backups are the operator's: see docs/operating.md "Erasure").
 */
@Component
class Compaction {

    static final List<String> TOUCHED = List.of("customer", "consent", "consent_newest", "suppression", "suppression_lifted",
            "feedback", "customer_score", "customer_preference", "customer_interest", "purchase", "order_line", "campaign_recipient",
            "import_reject", "import_warning", "click", "customer_pick");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    Compaction(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Before many erasures: on PostgreSQL, fresh statistics of the customer table. Right after a
     * large import (the shop's nightly files, then a list of erasures) they still describe the table
     * as it was until autovacuum catches up, and the erasure's look-ups by email and address key
     * are planned as scans. HSQLDB keeps no statistics.
     */
    void freshStatistics() {
        if (Vendor.of(dataSource) == Vendor.POSTGRESQL) {
            jdbc.execute("ANALYZE customer");
        }
    }

    void compact() {
        compact(List.of());
    }

    /** Compacts after erasures and after removals from {@code alsoTables} (HSQLDB rewrites every table anyway). */
    void compact(java.util.Collection<String> alsoTables) {
        if (Vendor.of(dataSource) == Vendor.HSQLDB) {
            jdbc.execute("CHECKPOINT DEFRAG");
        } else {
            java.util.Set<String> tables = new java.util.LinkedHashSet<>(TOUCHED);
            tables.addAll(alsoTables);
            jdbc.execute("VACUUM " + String.join(", ", tables));
        }
    }
}
