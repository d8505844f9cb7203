package fi.kanta;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer's own choices written straight into the tables, as their preferences page writes them
 * (docs/architecture.md "The customer's own choices"): channel choices as consent rows with source
 * {@value #SOURCE}, the rest as {@code customer_preference} and {@code customer_interest} rows.
 */
public final class TestChoices {

    public static final String SOURCE = "preferences-page";
    static final LocalDateTime CHANGED = LocalDateTime.of(2026, 11, 1, 12, 0);

    private final JdbcTemplate jdbc;
    private final TestShop shop;

    public TestChoices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.shop = new TestShop(jdbc);
    }

    /** "No offers at all", as the page records it: the choice, and every channel withdrawn. */
    public void noOffers(long customer) {
        preference(customer, true, false, null, null);
        for (String channel : new String[] {"email", "newsletter", "letter", "feedback"}) {
            channel(customer, channel, false);
        }
    }

    /** "No offers at all" alone, without the channels: what the selection must obey by itself. */
    public void noOffersOnly(long customer) {
        preference(customer, true, false, null, null);
    }

    public void noProfiling(long customer) {
        preference(customer, false, true, null, null);
    }

    public void maxPer30Days(long customer, int messages) {
        preference(customer, false, false, messages, null);
    }

    public void language(long customer, String language) {
        preference(customer, false, false, null, language);
    }

    /** One channel's choice: a consent row from the page. */
    public void channel(long customer, String channel, boolean granted) {
        shop.consent(customer, channel, granted, CHANGED.toString(), SOURCE);
    }

    public void interest(long customer, String category) {
        jdbc.update("INSERT INTO customer_interest (customer_id, category, chosen_at) VALUES (?, ?, ?)", customer, category,
                Timestamp.valueOf(CHANGED));
    }

    /** The customer's row of choices, replaced whole. */
    public void preference(long customer, boolean noOffers, boolean noProfiling, Integer maxPer30Days, String language) {
        jdbc.update("DELETE FROM customer_preference WHERE customer_id = ?", customer);
        jdbc.update("INSERT INTO customer_preference (customer_id, no_offers, no_profiling, max_per_30_days, language, changed_at, source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", customer, noOffers, noProfiling, maxPer30Days, language, Timestamp.valueOf(CHANGED),
                SOURCE);
    }
}
