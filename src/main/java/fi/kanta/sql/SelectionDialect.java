package fi.kanta.sql;

import org.springframework.jdbc.core.JdbcTemplate;

/** What differs between the databases in a campaign's selection: the working table, numbering rows, random codes. */
public enum SelectionDialect {

    /** HSQLDB 2.7: a global temporary table (migration V7); ROW_NUMBER() only without a window order. */
    HSQLDB {
        @Override
        public void prepare(JdbcTemplate jdbc) {
        }

        @Override
        public String kept() {
            // the ordered derived table is materialised, so each row's random u is drawn once
            return "SELECT ROW_NUMBER() OVER () AS r, x.* FROM (SELECT c.*, " + randomHex() + " AS u FROM campaign_candidate c"
                    + " WHERE c.stage IS NULL ORDER BY c.ranking) x";
        }

        @Override
        public String randomHex() {
            return "RAWTOHEX(UUID())";
        }

        @Override
        public String fence() {
            return "";
        }

        @Override
        public void analyze(JdbcTemplate jdbc) {
        }

        @Override
        public String plusDays(String date, String days) {
            return "CAST(DATEADD('day', " + days + ", " + date + ") AS DATE)";
        }

        /**
         * No window functions with PARTITION BY in HSQLDB 2.7: a correlated EXISTS on the (channel,
         * address_key) index. The best-ranked row never has a better one, so the result does not
         * depend on whether the statement sees its own earlier updates.
         */
        @Override
        public String removeDuplicates() {
            return "UPDATE campaign_candidate SET stage = ? WHERE stage IS NULL AND EXISTS (SELECT 1 FROM campaign_candidate o"
                    + " WHERE o.stage IS NULL AND o.channel = campaign_candidate.channel AND o.address_key = campaign_candidate.address_key"
                    + " AND o.ranking < campaign_candidate.ranking)";
        }
    },

    /** PostgreSQL: a temp table per transaction, from the shape in migration V7. */
    POSTGRESQL {
        /**
         * The rules' sets (consents, suppressions, contacts) are hashed once only if they fit in
         * work_mem; past it PostgreSQL re-reads a set for every customer. A selection is one big
         * query, so it gets room for sets of a few million ids, for this transaction only.
         */
        @Override
        public void prepare(JdbcTemplate jdbc) {
            Vendor.POSTGRESQL.allowLargeSorts(jdbc);
            // no index: PostgreSQL dedupes with a window, and the budget and maximum UPDATEs touch most
            // rows, where maintaining an index on (channel, address_key) only slowed every update
            jdbc.execute("CREATE TEMP TABLE campaign_candidate (LIKE campaign_candidate_shape INCLUDING DEFAULTS INCLUDING IDENTITY)"
                    + " ON COMMIT DROP");
        }

        @Override
        public String kept() {
            // a subquery with a window function is never merged into the outer query: u is drawn once a row
            return "SELECT ROW_NUMBER() OVER (ORDER BY ranking) AS r, x.*, " + randomHex() + " AS u FROM campaign_candidate x"
                    + " WHERE stage IS NULL";
        }

        @Override
        public String randomHex() {
            return "REPLACE(CAST(gen_random_uuid() AS VARCHAR), '-', '')";
        }

        /**
         * OFFSET 0 keeps the planner from pulling the subquery up into the outer SELECT, which
         * copied every column's expression, each with its hashed consent and suppression sets,
         * into every outer CASE that names the column: each set was built a dozen times.
         */
        @Override
        public String fence() {
            return " OFFSET 0";
        }

        /** A temp table has no statistics until analysed; without them the planner nests loops over a million rows. */
        @Override
        public void analyze(JdbcTemplate jdbc) {
            jdbc.execute("ANALYZE campaign_candidate");
        }

        @Override
        public String plusDays(String date, String days) {
            return "(" + date + " + (" + days + "))";
        }

        /**
         * The shared addresses first (a hashed GROUP BY, no sort), then every row of those but the
         * best-ranked: shared mailboxes are a few thousand among a million, so this beats
         * numbering every row with a window (5 s against 2 s for 870,000 candidates).
         */
        @Override
        public String removeDuplicates() {
            return "UPDATE campaign_candidate SET stage = ? FROM (SELECT channel, address_key, MIN(ranking) AS best FROM campaign_candidate"
                    + " WHERE stage IS NULL GROUP BY channel, address_key HAVING COUNT(*) > 1) d WHERE campaign_candidate.stage IS NULL"
                    + " AND campaign_candidate.channel = d.channel AND campaign_candidate.address_key = d.address_key"
                    + " AND campaign_candidate.ranking > d.best";
        }
    };

    /** A date moved by a number of days (both SQL expressions). */
    public abstract String plusDays(String date, String days);

    /** Gathers the working table's statistics once it is filled. */
    public abstract void analyze(JdbcTemplate jdbc);

    /**
     * Marks all but the best-ranked candidate of each (channel, address key) as a duplicate: one
     * message per mailbox, one letter per household. The one parameter is the stage to set.
     */
    public abstract String removeDuplicates();

    /** What ends a subquery whose columns must be computed once a row, not copied into the outer query. */
    public abstract String fence();

    /** Makes campaign_candidate exist, empty, for this transaction. */
    public abstract void prepare(JdbcTemplate jdbc);

    /** The kept candidates numbered 1, 2, ... in ranking order, as column {@code r}, each with 32 random hex digits {@code u}. */
    public abstract String kept();

    /** 32 random hex digits from a version-4 UUID (a cryptographic random source on both databases). */
    public abstract String randomHex();

    public static SelectionDialect of(Vendor vendor) {
        return vendor == Vendor.HSQLDB ? HSQLDB : POSTGRESQL;
    }
}
