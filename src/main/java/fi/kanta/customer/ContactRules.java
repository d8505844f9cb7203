package fi.kanta.customer;

import fi.kanta.sql.Sql;

/**
 * Whether a customer may be contacted on a channel (docs/architecture.md "Consent and suppression"), as SQL conditions on the
 * customer row {@code c}. Email and newsletter are opt-in (no consent row means no), letters
 * opt-out; the newest consent row decides. Suppressions beat any consent: one naming the customer
 * stops every channel; one naming only an address stops email to it, and every channel when the
 * reason is UNSUBSCRIBED (from all) or ERASED. Only a newer consent from a double opt-in (source
 * {@value #DOUBLE_OPT_IN}) lifts an unsubscribe, never a bounce, a complaint or an erasure.
 * Letters are not sent to people on the direct-marketing opt-out register (reason ROBINSON, matched
 * by name and address: {@link PersonKey}); the register never stops email.
 * Addresses compare by their normalised key ({@code customer.email_key}).
 */
public final class ContactRules {

    /**
     * The consent source of a confirmed (double opt-in) subscription: written by the sign-up's
     * confirmation ({@code signup/Signups}), or imported for double opt-ins the shop collected itself.
     */
    public static final String DOUBLE_OPT_IN = "double-opt-in";

    /** The suppression reason of the direct-marketing opt-out register. */
    public static final String ROBINSON = "ROBINSON";

    private ContactRules() {
    }

    /** The consent channels (the {@code consent.channel} values). */
    public enum ConsentChannel {
        EMAIL("email", false), NEWSLETTER("newsletter", false), LETTER("letter", true),
        /**
         * Feedback questions: opt-out like letters. Not a channel a campaign sends on: a feedback
         * question is an email that needs the email consent too ({@link #allowedEach(ConsentChannel, boolean)}).
         */
        FEEDBACK("feedback", true);

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

        /** A campaign channel may ask for it ({@code consent:} in a definition); feedback only comes on top of email. */
        public boolean campaignChannel() {
            return this != FEEDBACK;
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

    /*
     * Each rule is written as "c.id IN (an uncorrelated subquery)": the database computes the set
     * once and probes it per customer (PostgreSQL's hashed SubPlan, HSQLDB's indexed subquery
     * result), instead of running index look-ups per customer and channel, which made a selection
     * over a million customers take minutes. Consents are read from consent_newest (NewestConsents),
     * not searched for in the history.
     */

    /** The customers whose newest consent for the channel has this answer. */
    private static Sql newest(ConsentChannel channel, boolean granted) {
        return Sql.of("SELECT k.customer_id FROM consent_newest k WHERE k.channel = ? AND k.granted = " + (granted ? "TRUE" : "FALSE"),
                channel.id());
    }

    /** A condition: the newest consent for the channel allows contact (or, opt-out, there is none). */
    public static Sql consented(ConsentChannel channel) {
        return channel.optOut()
                ? Sql.of("c.id NOT IN (").plus(newest(channel, false)).plus(")")
                : Sql.of("c.id IN (").plus(newest(channel, true)).plus(")");
    }

    /** The same as a true/false value, for segment fields. */
    public static Sql consentedValue(ConsentChannel channel) {
        return Sql.of("CASE WHEN ").plus(consented(channel)).plus(" THEN TRUE ELSE FALSE END");
    }

    /** A condition: a suppression stops the channel for the customer, the shop's list or the register. */
    public static Sql suppressed(ConsentChannel channel) {
        return channel.byEmail() ? suppressedByList(channel)
                : Sql.of("(").plus(suppressedByList(channel)).plus(" OR ").plus(onRobinsonList(channel)).plus(")");
    }

    /**
     * A condition: the customer is on the direct-marketing opt-out register (the Robinson list), which
     * stops letters only; for email channels never true.
     */
    public static Sql onRobinsonList(ConsentChannel channel) {
        if (channel.byEmail()) {
            return Sql.of("1 = 0");
        }
        return Sql.of("(c.address_key IS NOT NULL AND " + PersonKey.SQL + " IN (SELECT x.person_key FROM suppression x"
                + " WHERE x.person_key IS NOT NULL AND x.reason = ?))", ROBINSON);
    }

    /**
     * A condition: a suppression of the shop's own list (not the register) stops the channel for the
     * customer. An unsubscribe is lifted by a newer double opt-in of the customer (or, for an
     * address, of any customer with that address).
     */
    public static Sql suppressedByList(ConsentChannel channel) {
        String liftedFor = " AND NOT (x.reason = 'UNSUBSCRIBED' AND EXISTS (SELECT 1 FROM consent k";
        String lifted = " AND k.channel = ? AND k.granted = TRUE AND k.source = ? AND k.given_at > x.suppressed_at))";
        Sql byCustomer = Sql.of("c.id IN (SELECT x.customer_id FROM suppression x WHERE x.customer_id IS NOT NULL"
                + liftedFor + " WHERE k.customer_id = x.customer_id" + lifted + ")", channel.id(), DOUBLE_OPT_IN);
        String addressReasons = channel.byEmail() ? "" : " AND x.reason IN ('UNSUBSCRIBED', 'ERASED')";
        Sql byAddress = Sql.of("(c.email_key IS NOT NULL AND c.email_key IN (SELECT x.email_key FROM suppression x"
                + " WHERE x.email_key IS NOT NULL" + addressReasons + liftedFor + " JOIN customer m ON m.id = k.customer_id"
                + " WHERE m.email_key = x.email_key" + lifted + "))", channel.id(), DOUBLE_OPT_IN);
        return Sql.of("(").plus(byCustomer).plus(" OR ").plus(byAddress).plus(")");
    }

    /** A condition: the channel may be used for the customer now (address, consent, no suppression). */
    public static Sql allowed(ConsentChannel channel) {
        return Sql.of("(" + hasAddress(channel) + " AND ").plus(consented(channel)).plus(" AND NOT ").plus(suppressed(channel)).plus(")");
    }

    /**
     * The same rule as {@link #allowed}, with per-customer look-ups instead of whole sets: the right
     * form for a handful of customers (delivery re-checks each claimed batch of a few hundred),
     * where building the sets would read every consent for every batch.
     */
    public static Sql allowedEach(ConsentChannel channel) {
        Sql newest = Sql.of("COALESCE((SELECT k.granted FROM consent_newest k WHERE k.customer_id = c.id AND k.channel = ?), "
                + (channel.optOut() ? "TRUE" : "FALSE") + ") = TRUE", channel.id());
        String lifted = " AND k.channel = ? AND k.granted = TRUE AND k.source = ? AND k.given_at > x.suppressed_at))";
        Sql customerLifted = Sql.of(" AND NOT (x.reason = 'UNSUBSCRIBED' AND EXISTS (SELECT 1 FROM consent k"
                + " WHERE k.customer_id = c.id" + lifted, channel.id(), DOUBLE_OPT_IN);
        Sql addressLifted = Sql.of(" AND NOT (x.reason = 'UNSUBSCRIBED' AND EXISTS (SELECT 1 FROM consent k"
                + " JOIN customer m ON m.id = k.customer_id WHERE m.email_key = x.email_key" + lifted, channel.id(), DOUBLE_OPT_IN);
        String addressReasons = channel.byEmail() ? "" : " AND x.reason IN ('UNSUBSCRIBED', 'ERASED')";
        Sql suppressed = Sql.of("(EXISTS (SELECT 1 FROM suppression x WHERE x.customer_id = c.id").plus(customerLifted)
                .plus(") OR EXISTS (SELECT 1 FROM suppression x WHERE x.email_key = c.email_key" + addressReasons).plus(addressLifted)
                .plus(")");
        if (!channel.byEmail()) {
            suppressed = suppressed.plus(" OR EXISTS (SELECT 1 FROM suppression x WHERE x.person_key = " + PersonKey.SQL
                    + " AND x.reason = ?)", ROBINSON);
        }
        suppressed = suppressed.plus(")");
        return Sql.of("(" + hasAddress(channel) + " AND ").plus(newest).plus(" AND NOT ").plus(suppressed).plus(")");
    }

    /**
     * The re-check of a claimed message (docs/architecture.md "Recipient status"): the channel is
     * {@link #allowedEach allowed}, the customer has not chosen "no offers at all" since, and a
     * feedback question also needs the feedback choice (opt-out).
     */
    public static Sql allowedEach(ConsentChannel channel, boolean feedbackQuestion) {
        Sql allowed = Sql.of("(").plus(allowedEach(channel)).plus(" AND NOT " + CustomerChoices.NO_OFFERS_EACH);
        if (feedbackQuestion) {
            allowed = allowed.plus(" AND COALESCE((SELECT k.granted FROM consent_newest k WHERE k.customer_id = c.id AND k.channel = ?),"
                    + " TRUE) = TRUE", ConsentChannel.FEEDBACK.id());
        }
        return allowed.plus(")");
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
