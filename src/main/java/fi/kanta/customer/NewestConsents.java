package fi.kanta.customer;

import fi.kanta.sql.Upsert;
import fi.kanta.sql.Vendor;
import java.util.List;

/**
 * The newest consent per customer and channel (table {@code consent_newest}, migration V11), kept
 * beside the consent history so that the contact rules read one row per customer and channel
 * instead of searching the history for the newest one: that search was half of a selection's time
 * (2 s of 4 for a million customers on PostgreSQL). Whoever writes consent rows refreshes the
 * customers it wrote for, in the same transaction: the import once a chunk, the unsubscribe page
 * once a click.
 *
 * <p>A refresh never replaces a row by an older consent. Two writers refreshing one customer at
 * once may each miss the other's uncommitted row, but the one that wrote the newer consent also
 * refreshes after writing it, and the older one cannot overwrite it: so the newest consent wins
 * without locks.
 */
public final class NewestConsents {

    private NewestConsents() {
    }

    /**
     * The statement that refreshes the customers a query yields (its {@code ?}s are the caller's
     * parameters), or {@code "?"} for one customer.
     */
    public static String refresh(Vendor vendor, String customers) {
        String newest = "SELECT k.customer_id, k.channel, k.granted, k.given_at, k.id AS consent_id FROM consent k"
                + " WHERE k.customer_id IN (" + customers + ") AND NOT EXISTS (SELECT 1 FROM consent n"
                + " WHERE n.customer_id = k.customer_id AND n.channel = k.channel"
                + " AND (n.given_at > k.given_at OR (n.given_at = k.given_at AND n.id > k.id)))";
        return new Upsert("consent_newest", List.of("customer_id", "channel"), List.of("granted", "given_at", "consent_id"), false,
                newest, List.of("given_at", "consent_id")).sql(vendor);
    }
}
