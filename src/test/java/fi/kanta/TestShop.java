package fi.kanta;

import fi.kanta.customer.EmailAddress;
import fi.kanta.customer.NewestConsents;
import fi.kanta.customer.PostalAddress;
import fi.kanta.sql.Vendor;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customers, consents, suppressions and scores written straight into the tables, for tests that
 * need a small shop with known answers. Returns customer ids (customer.id).
 */
public final class TestShop {

    public static final LocalDate SCORED = LocalDate.of(2026, 11, 20);

    private final JdbcTemplate jdbc;
    private long orders;

    public TestShop(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A customer with an email address and a complete postal address. */
    public long customer(String externalId, String email) {
        return customer(externalId, "Test", externalId, email, "Katu " + externalId.length() + " " + externalId, "00100", "fi");
    }

    public long customer(String externalId, String firstName, String lastName, String email, String street, String postalCode,
            String language) {
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 12, 0);
        jdbc.update("INSERT INTO customer (external_id, first_name, last_name, email, email_key, street, postal_code, city, country,"
                + " address_key, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'Helsinki', 'FI', ?, ?, ?, ?)",
                externalId, firstName, lastName, email, email == null ? null : EmailAddress.key(email), street, postalCode,
                PostalAddress.key(street, postalCode, "FI"), language, Timestamp.valueOf(now), Timestamp.valueOf(now));
        return id(externalId);
    }

    public long id(String externalId) {
        return jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, externalId);
    }

    public void consent(long customer, String channel, boolean granted, String at, String source) {
        jdbc.update("INSERT INTO consent (customer_id, channel, granted, given_at, source) VALUES (?, ?, ?, ?, ?)",
                customer, channel, granted, Timestamp.valueOf(LocalDateTime.parse(at)), source);
        jdbc.update(NewestConsents.refresh(Vendor.of(jdbc.getDataSource()), "?"), customer);
    }

    public void consent(long customer, String channel, boolean granted) {
        consent(customer, channel, granted, "2026-01-01T10:00", "test");
    }

    public void suppressAddress(String emailKey, String reason, String at) {
        jdbc.update("INSERT INTO suppression (email_key, reason, suppressed_at, source) VALUES (?, ?, ?, 'test')",
                emailKey, reason, Timestamp.valueOf(LocalDateTime.parse(at)));
    }

    public void suppressCustomer(long customer, String reason) {
        jdbc.update("INSERT INTO suppression (customer_id, reason, suppressed_at, source) VALUES (?, ?, ?, 'test')",
                customer, reason, Timestamp.valueOf(LocalDateTime.of(2026, 2, 1, 0, 0)));
    }

    public void purchase(long customer, String at, String amount, String category) {
        jdbc.update("INSERT INTO purchase (order_id, customer_id, purchased_at, amount, currency, amount_base, category)"
                + " VALUES (?, ?, ?, ?, 'EUR', ?, ?)", "T" + (++orders), customer, Timestamp.valueOf(LocalDateTime.parse(at)),
                new java.math.BigDecimal(amount), new java.math.BigDecimal(amount), category);
    }

    /** A score row in the snapshot of {@link #SCORED} (and the fit row that makes the snapshot complete). */
    public void score(long customer, double pAlive, double clv, String rfmSegment) {
        jdbc.update("INSERT INTO customer_score (customer_id, as_of, frequency, recency_days, t_days, monetary_value, total_spend,"
                + " p_alive, expected_purchases_90d, expected_order_value, clv_12m, rfm_r, rfm_f, rfm_m, rfm_code, rfm_segment,"
                + " favourite_category) VALUES (?, ?, 2, 100, 300, 50, 150, ?, 0.5, 50, ?, 2, 3, 4, '234', ?, 'shoes')",
                customer, Date.valueOf(SCORED), pAlive, clv, rfmSegment);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM score_fit WHERE as_of = ?", Long.class, Date.valueOf(SCORED)) == 0) {
            jdbc.update("INSERT INTO score_fit (as_of, model, parameter, value, log_likelihood, sample_size, customers, sampled, fitted_at)"
                    + " VALUES (?, 'bg_nbd', 'r', 1, -1, 1, 1, FALSE, ?)", Date.valueOf(SCORED), Timestamp.valueOf(SCORED.atStartOfDay()));
        }
    }

    public List<String> externalIds(String sql, Object... args) {
        return jdbc.queryForList(sql, String.class, args);
    }
}
