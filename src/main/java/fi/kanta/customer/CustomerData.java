package fi.kanta.customer;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** How much customer data the database holds, as `kanta status` and `kanta demo` show it. */
public final class CustomerData {

    private static final List<String> TABLES = List.of("customer", "purchase", "consent", "suppression");

    private CustomerData() {
    }

    /** The rows of one kind of customer data ("customers", 1,000). */
    public record Count(String data, long rows) {
    }

    /** Customers, purchases, consents and suppressions, in that order. */
    public static List<Count> counts(JdbcTemplate jdbc) {
        return TABLES.stream().map(table -> {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            return new Count(table + "s", count == null ? 0 : count);
        }).toList();
    }
}
