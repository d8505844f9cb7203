package fi.kanta.customer;

import fi.kanta.sql.Sql;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What a customer chose for themself (docs/architecture.md "The customer's own choices") as SQL over
 * the customer row {@code c}: the one place that reads {@code customer_preference} and
 * {@code customer_interest}, so the selection, segments, the delivery re-check, templates and the
 * public pages obey the same choices. Channel choices (email, newsletter, letter, feedback) are
 * consents and live in {@link ContactRules}.
 *
 * <p>Two forms, as in {@link ContactRules}: with {@link #JOIN} (a LEFT JOIN on the primary key, for
 * queries over many customers, where a customer without choices costs one index probe) and "each"
 * forms that look one customer up (the delivery re-check of a few hundred, one page, one model).
 */
public final class CustomerChoices {

    /** Joins the customer's choices as {@code cp}: every column NULL when they chose nothing. */
    public static final String JOIN = " LEFT JOIN customer_preference cp ON cp.customer_id = c.id";

    /** With {@link #JOIN}: the customer chose "no offers at all". */
    public static final String NO_OFFERS = "COALESCE(cp.no_offers, FALSE) = TRUE";

    /** With {@link #JOIN}: the customer chose "do not profile me". */
    public static final String NOT_PROFILED = "COALESCE(cp.no_profiling, FALSE) = TRUE";

    /** With {@link #JOIN}: the language to speak to the customer in; their own choice beats the imported one. */
    public static final String LANGUAGE = "COALESCE(cp.language, c.language)";

    /** Without the join: "no offers at all", looked up for this customer. */
    public static final String NO_OFFERS_EACH = "EXISTS (SELECT 1 FROM customer_preference cp WHERE cp.customer_id = c.id"
            + " AND cp.no_offers = TRUE)";

    /** Without the join: "do not profile me", looked up for this customer. */
    public static final String NOT_PROFILED_EACH = "EXISTS (SELECT 1 FROM customer_preference cp WHERE cp.customer_id = c.id"
            + " AND cp.no_profiling = TRUE)";

    /** Without the join: "do not profile me", looked up for the customer whose id is {@code customer} (an SQL expression). */
    public static String notProfiled(String customer) {
        return "EXISTS (SELECT 1 FROM customer_preference cp WHERE cp.customer_id = " + customer + " AND cp.no_profiling = TRUE)";
    }

    /** Without the join: the customer's language, their own choice first. */
    public static final String LANGUAGE_EACH = "COALESCE((SELECT cp.language FROM customer_preference cp WHERE cp.customer_id = c.id),"
            + " c.language)";

    /** The customers who chose "do not profile me", as a set (the score run leaves them out). */
    public static final String NOT_PROFILED_SET = "SELECT cp.customer_id FROM customer_preference cp WHERE cp.no_profiling = TRUE";

    /** How many days "how often" counts back: the customer's limit is per 30 days. */
    public static final int LIMIT_DAYS = 30;

    private CustomerChoices() {
    }

    /**
     * A condition: the customer set "how often" and has already had that many messages of runs that
     * count for the cap since the start of the day {@link #LIMIT_DAYS} ago (docs/architecture.md
     * "Frequency cap" counts the same way: any status but WITHDRAWN, holdout rows too), not counting
     * the run {@code runId} itself. One uncorrelated set over the customers with a limit only, built
     * once per selection (see {@link ContactRules}).
     */
    public static Sql overOwnLimit(LocalDate today, long runId) {
        return Sql.of("c.id IN (SELECT r.customer_id FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id"
                + " JOIN customer_preference q ON q.customer_id = r.customer_id WHERE q.max_per_30_days IS NOT NULL"
                + " AND u.counts_for_cap = TRUE AND u.selected_at >= ? AND r.status <> 'WITHDRAWN' AND r.run_id <> ?"
                + " GROUP BY r.customer_id, q.max_per_30_days HAVING COUNT(*) >= q.max_per_30_days)",
                Timestamp.valueOf(today.minusDays(LIMIT_DAYS).atStartOfDay()), runId);
    }

    /**
     * A condition: the customer said they care about one of the categories (compared in lower case,
     * as {@code bought:} compares purchase categories).
     */
    public static Sql interestedIn(List<String> categories) {
        return interestedIn("c.id", categories);
    }

    /** As {@link #interestedIn(List)}, for the customer whose id is {@code customer} (an SQL expression). */
    public static Sql interestedIn(String customer, List<String> categories) {
        return Sql.of("EXISTS (SELECT 1 FROM customer_interest i WHERE i.customer_id = " + customer + " AND LOWER(i.category) IN ("
                + String.join(", ", Collections.nCopies(categories.size(), "?")) + "))",
                categories.stream().map(category -> (Object) category.toLowerCase(Locale.ROOT)).toArray());
    }
}
