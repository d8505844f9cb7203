package fi.kanta.console.customers;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * Finds customers from one search box: an email address (with {@code @}) by its key; anything else
 * by external id, postal code, or the start of a first or last name, whatever its case. Each is an
 * index lookup on both databases ({@code customer_external_id_uq}, {@code customer_email_key_ix},
 * {@code customer_postal_code_ix}, and V29's lower-cased name keys), so a search never reads the
 * whole customer table. What was searched for is never logged or audited.
 */
@Service
public class CustomerSearch {

    /** The most customers one search lists. */
    public static final int MOST = 50;

    private static final String COLUMNS = "SELECT id, external_id, first_name, last_name, email, postal_code, city FROM customer";
    private static final RowMapper<FoundCustomer> FOUND = (row, n) -> new FoundCustomer(row.getLong(1), row.getString(2),
            row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7));

    private final JdbcTemplate jdbc;

    public CustomerSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The customers the text finds, by last and first name; none for a blank text. */
    public List<FoundCustomer> find(String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        String limit = " ORDER BY last_name, first_name, id FETCH FIRST " + MOST + " ROWS ONLY";
        if (wanted.contains("@")) {
            return jdbc.query(COLUMNS + " WHERE email_key = ?" + limit, FOUND, wanted.toLowerCase(Locale.ROOT));
        }
        String prefix = likeEscaped(wanted.toLowerCase(Locale.ROOT)) + "%";
        // each branch on its own index; UNION removes a customer found twice
        return jdbc.query("SELECT * FROM (" + COLUMNS + " WHERE external_id = ?"
                + " UNION " + COLUMNS + " WHERE postal_code = ?"
                + " UNION " + COLUMNS + " WHERE last_name_key LIKE ? ESCAPE '\\'"
                + " UNION " + COLUMNS + " WHERE first_name_key LIKE ? ESCAPE '\\') found" + limit,
                FOUND, wanted, wanted, prefix, prefix);
    }

    /** The text with LIKE's wildcards taken literally: {@code 50%} finds "50%", not "500". */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
