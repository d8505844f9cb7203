package fi.kanta.customer;

import fi.kanta.sql.Sql;

/**
 * Whether a customer may be contacted on a channel (DESIGN "Consent"), as SQL conditions on the
 * customer row {@code c}. Email and newsletter are opt-in (no consent row means no), letters
 * opt-out; the newest consent row decides. Suppressions beat any consent: one naming the customer
 * stops every channel; one naming only an address stops email to it, and every channel when the
 * reason is UNSUBSCRIBED (from all) or ERASED. Only a newer consent from a double opt-in (source
 * {@value #DOUBLE_OPT_IN}) lifts an unsubscribe, never a bounce, a complaint or an erasure.
 */
public final class ContactRules {

    /** The consent source that a confirmed (double opt-in) subscription is imported with. */
    public static final String DOUBLE_OPT_IN = "double-opt-in";

    private ContactRules() {
    }

    /** The consent channels (the {@code consent.channel} values). */
    public enum ConsentChannel {
        EMAIL("email", false), NEWSLETTER("newsletter", false), LETTER("letter", true);

        private final String id;
        private final boolean optOut;

        ConsentChannel(String id, boolean optOut) {
            this.id = id;
            this.optOut = optOut;
        }

        public String id() {
            return id;
        }

        /** Allowed unless withdrawn (letters), rather than only when granted. */
        public boolean optOut() {
            return optOut;
        }

        /** Reaches an email address, so address suppressions (bounces, complaints) apply. */
        public boolean byEmail() {
            return this != LETTER;
        }

        public static ConsentChannel of(String id) {
            for (ConsentChannel channel : values()) {
                if (channel.id.equals(id)) {
                    return channel;
                }
            }
            throw new IllegalArgumentException("unknown consent channel " + id);
        }
    }

    /** True when the newest consent for the channel allows contact (or, opt-out, there is none). */
    public static Sql consented(ConsentChannel channel) {
        return Sql.of("COALESCE((SELECT k.granted FROM consent k WHERE k.customer_id = c.id AND k.channel = ?"
                + " ORDER BY k.given_at DESC, k.id DESC FETCH FIRST 1 ROW ONLY), " + (channel.optOut() ? "TRUE" : "FALSE") + ")",
                channel.id());
    }

    /** True when a suppression stops the channel for the customer. */
    public static Sql suppressed(ConsentChannel channel) {
        Sql notLifted = Sql.of(" AND NOT (x.reason = 'UNSUBSCRIBED' AND EXISTS (SELECT 1 FROM consent k"
                + " WHERE k.customer_id = c.id AND k.channel = ? AND k.granted = TRUE AND k.source = ?"
                + " AND k.given_at > x.suppressed_at))", channel.id(), DOUBLE_OPT_IN);
        Sql byCustomer = Sql.of("EXISTS (SELECT 1 FROM suppression x WHERE x.customer_id = c.id").plus(notLifted).plus(")");
        String addressReasons = channel.byEmail() ? "" : " AND x.reason IN ('UNSUBSCRIBED', 'ERASED')";
        Sql byAddress = Sql.of("EXISTS (SELECT 1 FROM suppression x WHERE x.email_key = c.email_key" + addressReasons)
                .plus(notLifted).plus(")");
        return Sql.of("(").plus(byCustomer).plus(" OR ").plus(byAddress).plus(")");
    }

    /** True when the customer has the address the channel needs. */
    public static String hasAddress(ConsentChannel channel) {
        return channel.byEmail() ? "c.email_key IS NOT NULL"
                : "c.address_key IS NOT NULL";
    }

    /** The key that makes two customers one mailbox (email) or one household (letter). */
    public static String addressKey(ConsentChannel channel) {
        return channel.byEmail() ? "c.email_key" : "c.address_key";
    }
}
