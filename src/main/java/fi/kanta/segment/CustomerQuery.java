package fi.kanta.segment;

import fi.kanta.customer.CustomerChoices;
import fi.kanta.sql.Sql;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The FROM clause that segment fields read: the customer row {@code c}, plus the newest score
 * snapshot {@code s}, the purchase summary {@code p} and the customer's own choices {@code cp} only
 * when a field needs them (summing millions of purchases is the expensive part, so it is left out
 * when unused). A customer who chose "do not profile me" has no score row here, whatever the table
 * still holds (docs/architecture.md "The customer's own choices").
 */
@Component
public class CustomerQuery {

    private static final String PURCHASE_SUMMARY = " LEFT JOIN (SELECT customer_id, COUNT(*) AS order_count,"
            + " SUM(amount_base) AS purchase_total, CAST(MIN(purchased_at) AS DATE) AS first_purchase,"
            + " CAST(MAX(purchased_at) AS DATE) AS last_purchase FROM purchase GROUP BY customer_id) p ON p.customer_id = c.id";

    private final JdbcTemplate jdbc;

    public CustomerQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest complete score snapshot (docs/architecture.md "Scores": score_fit is written last). */
    public Optional<LocalDate> newestScoreDate() {
        Date date = jdbc.queryForObject("SELECT MAX(as_of) FROM score_fit", Date.class);
        return Optional.ofNullable(date).map(Date::toLocalDate);
    }

    /** {@code FROM customer c} with the joins the sources need. */
    public static Sql from(Set<Source> sources, Optional<LocalDate> scoreDate) {
        Sql from = Sql.of(" FROM customer c");
        if (sources.contains(Source.PREFERENCE) || sources.contains(Source.SCORE)) {
            from = from.plus(CustomerChoices.JOIN);
        }
        if (sources.contains(Source.SCORE)) {
            from = scoreDate.map(date -> Sql.of(" LEFT JOIN customer_score s ON s.customer_id = c.id AND s.as_of = ? AND NOT "
                            + CustomerChoices.NOT_PROFILED, Date.valueOf(date)))
                    .map(from::plus)
                    // no snapshot yet: every score field is unset
                    .orElse(from.plus(" LEFT JOIN customer_score s ON 1 = 0"));
        }
        if (sources.contains(Source.PURCHASES)) {
            from = from.plus(PURCHASE_SUMMARY);
        }
        return from;
    }
}
