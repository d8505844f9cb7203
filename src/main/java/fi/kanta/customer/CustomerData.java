package fi.kanta.customer;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** How much customer data the database holds, as `kanta status` and `kanta demo` print it. */
public final class CustomerData {

    private static final List<String> TABLES = List.of("customer", "purchase", "consent", "suppression");

    private CustomerData() {
    }

    /** One line per table ("customers      1,000"), each starting with {@code indent}. */
    public static String counts(JdbcTemplate jdbc, String indent) {
        StringBuilder lines = new StringBuilder();
        for (String table : TABLES) {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            lines.append(String.format("%s%-14s %,12d%n", indent, table + "s", count == null ? 0 : count));
        }
        return lines.toString();
    }
}
