package fi.kanta.campaign;

import fi.kanta.sql.Vendor;
import org.springframework.jdbc.core.JdbcTemplate;

/** What differs between the databases in a selection: the working table, numbering rows, random codes. */
enum SelectionDialect {

    /** HSQLDB 2.7: a global temporary table (migration V7); ROW_NUMBER() only without a window order. */
    HSQLDB {
        @Override
        void prepare(JdbcTemplate jdbc) {
        }

        @Override
        String kept() {
            return "SELECT ROW_NUMBER() OVER () AS r, x.* FROM (SELECT * FROM campaign_candidate WHERE stage IS NULL ORDER BY ranking) x";
        }

        @Override
        String randomHex() {
            return "RAWTOHEX(UUID())";
        }
    },

    /** PostgreSQL: a temp table per transaction, from the shape in migration V7. */
    POSTGRESQL {
        @Override
        void prepare(JdbcTemplate jdbc) {
            jdbc.execute("CREATE TEMP TABLE campaign_candidate (LIKE campaign_candidate_shape INCLUDING ALL) ON COMMIT DROP");
        }

        @Override
        String kept() {
            return "SELECT ROW_NUMBER() OVER (ORDER BY ranking) AS r, x.* FROM campaign_candidate x WHERE stage IS NULL";
        }

        @Override
        String randomHex() {
            return "REPLACE(CAST(gen_random_uuid() AS VARCHAR), '-', '')";
        }
    };

    /** Makes campaign_candidate exist, empty, for this transaction. */
    abstract void prepare(JdbcTemplate jdbc);

    /** The kept candidates numbered 1, 2, ... in ranking order, as column {@code r}. */
    abstract String kept();

    /** 32 random hex digits from a version-4 UUID (a cryptographic random source on both databases). */
    abstract String randomHex();

    static SelectionDialect of(Vendor vendor) {
        return vendor == Vendor.HSQLDB ? HSQLDB : POSTGRESQL;
    }
}
