package fi.kanta.web;

import fi.kanta.customer.CustomerChoices;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The customer a personal link names, as its page needs them: a name to greet and a language to speak. */
@Component
class PageCustomers {

    private final JdbcTemplate jdbc;

    PageCustomers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer, if they still exist (an erased customer does not). */
    Optional<Customer> find(long customerId) {
        // the language the customer chose for themself beats the imported one
        return jdbc.query("SELECT c.first_name, " + CustomerChoices.LANGUAGE_EACH + " AS language, c.email FROM customer c WHERE c.id = ?",
                (row, n) -> new Customer(customerId, row.getString("first_name"), row.getString("language"),
                        row.getString("email") != null && !row.getString("email").isBlank()), customerId)
                .stream().findFirst();
    }

    /** Who a page greets, in which language, and whether there is an address to mail a one-time code to. */
    record Customer(long id, String firstName, String language, boolean hasEmail) {
    }
}
