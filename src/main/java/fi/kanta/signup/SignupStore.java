package fi.kanta.signup;

import fi.kanta.customer.ShopSummary;
import fi.kanta.customer.ContactRules;
import fi.kanta.customer.EmailAddress;
import fi.kanta.customer.NewestConsents;
import fi.kanta.customer.Prospects;
import fi.kanta.links.SignupLinks.SignupToken;
import fi.kanta.shop.ShopSettings;
import fi.kanta.sql.Vendor;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code signup} table (migration V28) and what a confirmation writes: the consent rows (source
 * {@value ContactRules#DOUBLE_OPT_IN}) and, for an address no customer has, a prospect. Every
 * method runs in its caller's transaction; times are shop-local.
 */
@Component
class SignupStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final ShopSettings shop;
    private final String refreshNewest;

    SignupStore(JdbcTemplate jdbc, ShopSettings shop, DataSource dataSource) {
        this.jdbc = jdbc;
        this.shop = shop;
        this.refreshNewest = NewestConsents.refresh(Vendor.of(dataSource), "?");
    }

    /** Removes the sign-ups nobody confirmed in time; returns how many. */
    int removeExpired(LocalDateTime now) {
        return jdbc.update("DELETE FROM signup WHERE confirmed_at IS NULL AND expires_at <= ?", Timestamp.valueOf(now));
    }

    /** Sign-ups of the address since {@code since} (confirmation emails sent to it). */
    long requestedSince(String emailKey, LocalDateTime since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM signup WHERE email_key = ? AND requested_at > ?", Long.class, emailKey,
                Timestamp.valueOf(since));
    }

    /** Records a sign-up to be confirmed; returns what its link names. */
    SignupToken add(SignupForm form, String client, LocalDateTime now, LocalDateTime expires) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String code = HexFormat.of().formatHex(random);
        jdbc.update("INSERT INTO signup (code, channel, email, email_key, first_name, language, requested_at, requested_from,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", code, ContactRules.ConsentChannel.NEWSLETTER.id(), form.email(),
                form.emailKey(), form.firstName(), form.language(), Timestamp.valueOf(now), client, Timestamp.valueOf(expires));
        long id = jdbc.queryForObject("SELECT id FROM signup WHERE code = ?", Long.class, code);
        return new SignupToken(id, code);
    }

    /** The sign-up a genuine link names, while it is confirmed or not yet expired. */
    Optional<Signup> find(SignupToken token, LocalDateTime now) {
        return jdbc.query("SELECT id, email, first_name, language, confirmed_at FROM signup WHERE id = ? AND code = ?"
                + " AND (confirmed_at IS NOT NULL OR expires_at > ?)", (row, n) -> new Signup(row.getLong("id"), row.getString("email"),
                row.getString("first_name"), row.getString("language"), row.getTimestamp("confirmed_at") != null),
                token.signupId(), token.code(), Timestamp.valueOf(now)).stream().findFirst();
    }

    /**
     * Marks the sign-up confirmed, unless it already is (the update is also the row lock two
     * confirming clicks take turns on); true when this call confirmed it.
     */
    boolean markConfirmed(Signup signup, String client, LocalDateTime now) {
        return jdbc.update("UPDATE signup SET confirmed_at = ?, confirmed_from = ? WHERE id = ? AND confirmed_at IS NULL",
                Timestamp.valueOf(now), client, signup.id()) == 1;
    }

    /**
     * Grants the newsletter, source double-opt-in, at {@code now} to every customer with the
     * address, or to a new prospect when no customer has it; returns who got it.
     */
    List<Long> grant(Signup signup, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        String emailKey = EmailAddress.key(signup.email());
        List<Long> customers = jdbc.queryForList("SELECT id FROM customer WHERE email_key = ? ORDER BY id", Long.class, emailKey);
        if (customers.isEmpty()) {
            customers = List.of(Prospects.create(jdbc, signup.id(), signup.email(), signup.firstName(), signup.language(),
                    shop.defaultCountry(), at));
        }
        for (long customer : customers) {
            // a second confirmation in the same instant would be the same row (the history's key)
            jdbc.update("INSERT INTO consent (customer_id, channel, granted, given_at, source) SELECT ?, ?, TRUE, ?, ?"
                    + " FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM consent WHERE customer_id = ? AND channel = ?"
                    + " AND given_at = ? AND source = ?)", customer, ContactRules.ConsentChannel.NEWSLETTER.id(), at,
                    ContactRules.DOUBLE_OPT_IN, customer, ContactRules.ConsentChannel.NEWSLETTER.id(), at, ContactRules.DOUBLE_OPT_IN);
            jdbc.update(refreshNewest, customer);
        }
        ShopSummary.changed(jdbc, java.util.Set.of(ShopSummary.Fact.CONSENTS));
        return customers;
    }

    /** A sign-up as its pages need it. */
    record Signup(long id, String email, String firstName, String language, boolean confirmed) {
    }
}
