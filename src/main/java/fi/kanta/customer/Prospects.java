package fi.kanta.customer;

import fi.kanta.sql.Vendor;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prospects: people who confirmed the newsletter (a double opt-in on the sign-up form) before the
 * shop imported them as customers. A prospect is a customer row ({@code customer.prospect = TRUE},
 * external id {@code prospect-<sign-up id>}, no purchases), so the consent rules, segments and the
 * selection treat it like any customer: the newsletter reaches it, and nothing that needs purchases
 * or scores does. When the shop imports a customer with the same email key, the prospect is merged
 * into that customer (docs/architecture.md "Sign-up"): its consents, suppressions, outbox history,
 * feedback and choices move over and the prospect row goes.
 */
public final class Prospects {

    public static final String EXTERNAL_ID_PREFIX = "prospect-";

    private Prospects() {
    }

    /** Makes the prospect for a confirmed sign-up; returns its customer id. */
    public static long create(JdbcTemplate jdbc, long signupId, String email, String firstName, String language, String country,
            Timestamp now) {
        String externalId = EXTERNAL_ID_PREFIX + signupId;
        jdbc.update("INSERT INTO customer (external_id, first_name, email, email_key, country, language, created_at, updated_at,"
                + " prospect) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE)", externalId, firstName, email, EmailAddress.key(email), country,
                language, now, now);
        ShopSummary.changed(jdbc, java.util.Set.of(ShopSummary.Fact.CUSTOMERS));
        return jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, externalId);
    }

    /**
     * Merges every prospect whose email key an imported customer now has into that customer (the
     * one with the lowest id when the import has several with that key), in the caller's
     * transaction. {@code importedExternalIds} is a query yielding the external ids just imported.
     * Returns how many prospects were merged.
     */
    public static int mergeImported(JdbcTemplate jdbc, Vendor vendor, String importedExternalIds) {
        List<long[]> merges = jdbc.query("SELECT p.id, MIN(c.id) FROM customer p JOIN customer c ON c.email_key = p.email_key"
                + " AND c.prospect = FALSE WHERE p.prospect = TRUE AND c.external_id IN (" + importedExternalIds + ") GROUP BY p.id",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
        for (long[] merge : merges) {
            merge(jdbc, vendor, merge[0], merge[1]);
        }
        return merges.size();
    }

    /** Moves what the prospect has to the customer and removes the prospect. */
    private static void merge(JdbcTemplate jdbc, Vendor vendor, long prospect, long customer) {
        // consent history: a row the customer already has (same channel, time and source) is one row
        jdbc.update("DELETE FROM consent_newest WHERE customer_id = ?", prospect);
        jdbc.update("DELETE FROM consent WHERE customer_id = ? AND EXISTS (SELECT 1 FROM consent d WHERE d.customer_id = ?"
                + " AND d.channel = consent.channel AND d.given_at = consent.given_at AND d.source = consent.source)", prospect, customer);
        jdbc.update("UPDATE consent SET customer_id = ? WHERE customer_id = ?", customer, prospect);
        jdbc.update(NewestConsents.refresh(vendor, "?"), customer);
        jdbc.update("UPDATE suppression SET customer_id = ? WHERE customer_id = ?", customer, prospect);
        // the newsletters the prospect was sent count as the customer's (a run holds one row per customer)
        jdbc.update("UPDATE campaign_recipient SET customer_id = ? WHERE customer_id = ? AND NOT EXISTS (SELECT 1 FROM"
                + " campaign_recipient r WHERE r.run_id = campaign_recipient.run_id AND r.customer_id = ?)", customer, prospect, customer);
        moveOrDrop(jdbc, "feedback", "d.campaign = feedback.campaign AND d.run_key = feedback.run_key", prospect, customer);
        moveOrDrop(jdbc, "customer_preference", "1 = 1", prospect, customer);
        moveOrDrop(jdbc, "customer_interest", "d.category = customer_interest.category", prospect, customer);
        jdbc.update("DELETE FROM customer WHERE id = ? AND prospect = TRUE", prospect);
    }

    /** Moves the prospect's rows of a table keyed by customer and {@code sameKey}; the customer's own row wins. */
    private static void moveOrDrop(JdbcTemplate jdbc, String table, String sameKey, long prospect, long customer) {
        jdbc.update("DELETE FROM " + table + " WHERE customer_id = ? AND EXISTS (SELECT 1 FROM " + table + " d WHERE d.customer_id = ?"
                + " AND " + sameKey + ")", prospect, customer);
        jdbc.update("UPDATE " + table + " SET customer_id = ? WHERE customer_id = ?", customer, prospect);
    }
}
