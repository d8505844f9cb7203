package fi.kanta.segment;

import fi.kanta.customer.ContactRules;
import fi.kanta.customer.CustomerChoices;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.sql.Sql;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields a segment may test: the whitelist. Each is a fixed SQL expression over the customer
 * row {@code c} and the sources it names; nothing a user writes ever becomes SQL text. Score
 * fields are as of the newest score snapshot; a customer without one has none set, nor has a
 * customer who chose "do not profile me" ({@link CustomerQuery}).
 */
public enum SegmentField {
    // customer attributes
    EXTERNAL_ID("external_id", FieldType.TEXT, Source.CUSTOMER, "c.external_id"),
    FIRST_NAME("first_name", FieldType.TEXT, Source.CUSTOMER, "c.first_name"),
    LAST_NAME("last_name", FieldType.TEXT, Source.CUSTOMER, "c.last_name"),
    EMAIL("email", FieldType.TEXT, Source.CUSTOMER, "c.email"),
    PHONE("phone", FieldType.TEXT, Source.CUSTOMER, "c.phone"),
    STREET("street", FieldType.TEXT, Source.CUSTOMER, "c.street"),
    POSTAL_CODE("postal_code", FieldType.TEXT, Source.CUSTOMER, "c.postal_code"),
    CITY("city", FieldType.TEXT, Source.CUSTOMER, "c.city"),
    COUNTRY("country", FieldType.TEXT, Source.CUSTOMER, "c.country"),
    // the customer's own choice of language beats the imported one
    LANGUAGE("language", FieldType.TEXT, Source.PREFERENCE, CustomerChoices.LANGUAGE),
    CUSTOMER_SINCE("customer_since", FieldType.DATE, Source.CUSTOMER, "c.customer_since"),
    FIRST_SEEN("first_seen", FieldType.DATE, Source.CUSTOMER, "CAST(c.created_at AS DATE)"),
    // a birthday is kept without its year (docs/importing.md)
    BIRTH_MONTH("birth_month", FieldType.NUMBER, Source.CUSTOMER, "c.birth_month"),
    BIRTH_DAY("birth_day", FieldType.NUMBER, Source.CUSTOMER, "c.birth_day"),
    BIRTHDAY("birthday", FieldType.BIRTHDAY, Source.CUSTOMER, "(c.birth_month * 100 + c.birth_day)"),
    // purchase summary
    ORDER_COUNT("order_count", FieldType.NUMBER, Source.PURCHASES, "COALESCE(p.order_count, 0)"),
    PURCHASE_TOTAL("purchase_total", FieldType.NUMBER, Source.PURCHASES, "COALESCE(p.purchase_total, 0)"),
    FIRST_PURCHASE("first_purchase", FieldType.DATE, Source.PURCHASES, "p.first_purchase"),
    LAST_PURCHASE("last_purchase", FieldType.DATE, Source.PURCHASES, "p.last_purchase"),
    // score columns (docs/architecture.md "Scores")
    FREQUENCY("frequency", FieldType.NUMBER, Source.SCORE, "s.frequency"),
    RECENCY_DAYS("recency_days", FieldType.NUMBER, Source.SCORE, "s.recency_days"),
    T_DAYS("t_days", FieldType.NUMBER, Source.SCORE, "s.t_days"),
    DAYS_SINCE_LAST_PURCHASE("days_since_last_purchase", FieldType.NUMBER, Source.SCORE, "(s.t_days - s.recency_days)"),
    MONETARY_VALUE("monetary_value", FieldType.NUMBER, Source.SCORE, "s.monetary_value"),
    TOTAL_SPEND("total_spend", FieldType.NUMBER, Source.SCORE, "s.total_spend"),
    P_ALIVE("p_alive", FieldType.NUMBER, Source.SCORE, "s.p_alive"),
    EXPECTED_PURCHASES_90D("expected_purchases_90d", FieldType.NUMBER, Source.SCORE, "s.expected_purchases_90d"),
    EXPECTED_ORDER_VALUE("expected_order_value", FieldType.NUMBER, Source.SCORE, "s.expected_order_value"),
    CLV_12M("clv_12m", FieldType.NUMBER, Source.SCORE, "s.clv_12m"),
    RFM_R("rfm_r", FieldType.NUMBER, Source.SCORE, "s.rfm_r"),
    RFM_F("rfm_f", FieldType.NUMBER, Source.SCORE, "s.rfm_f"),
    RFM_M("rfm_m", FieldType.NUMBER, Source.SCORE, "s.rfm_m"),
    RFM_CODE("rfm_code", FieldType.TEXT, Source.SCORE, "s.rfm_code"),
    RFM_SEGMENT("rfm_segment", FieldType.TEXT, Source.SCORE, "s.rfm_segment"),
    FAVOURITE_CATEGORY("favourite_category", FieldType.TEXT, Source.SCORE, "s.favourite_category"),
    // the customer's picks still in stock (docs/architecture.md "Picks"); none for "do not profile me"
    PICKS("picks", FieldType.NUMBER, Sql.of("(SELECT COUNT(*) FROM customer_pick k CROSS JOIN UNNEST(k.product_ids) AS u(product_id)"
            + " JOIN product pr ON pr.id = u.product_id WHERE k.customer_id = c.id AND pr.in_stock = TRUE"
            + " AND NOT " + CustomerChoices.NOT_PROFILED_EACH + ")")),
    // consents: true when the channel may be used (opt-in or opt-out as docs/architecture.md "Consent and suppression" says; suppressions aside)
    EMAIL_CONSENT("email_consent", FieldType.BOOLEAN, ContactRules.consentedValue(ConsentChannel.EMAIL)),
    NEWSLETTER_CONSENT("newsletter_consent", FieldType.BOOLEAN, ContactRules.consentedValue(ConsentChannel.NEWSLETTER)),
    LETTER_CONSENT("letter_consent", FieldType.BOOLEAN, ContactRules.consentedValue(ConsentChannel.LETTER)),
    // the latest answer to the feedback question, and the last contact by any campaign
    FEEDBACK_SCORE("feedback_score", FieldType.NUMBER, Sql.of(Feedback.LATEST_SCORE)),
    NPS_CLASS("nps_class", FieldType.TEXT, Sql.of(Feedback.NPS_CLASS)),
    FEEDBACK_DATE("feedback_date", FieldType.DATE, Sql.of(Feedback.LATEST_DATE)),
    LAST_CONTACTED("last_contacted", FieldType.DATE, Sql.of("(SELECT CAST(MAX(u.selected_at) AS DATE) FROM campaign_recipient r"
            + " JOIN campaign_run u ON u.id = r.run_id WHERE r.customer_id = c.id AND r.status <> 'WITHDRAWN')")),
    LAST_FEEDBACK_QUESTION("last_feedback_question", FieldType.DATE, Sql.of("(SELECT CAST(MAX(u.selected_at) AS DATE)"
            + " FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id WHERE r.customer_id = c.id AND u.kind = 'feedback'"
            + " AND r.status <> 'WITHDRAWN')"));

    private final String id;
    private final FieldType type;
    private final Source source;
    private final Sql sql;

    SegmentField(String id, FieldType type, Source source, String sql) {
        this(id, type, source, Sql.of(sql));
    }

    SegmentField(String id, FieldType type, Sql sql) {
        this(id, type, Source.CUSTOMER, sql);
    }

    SegmentField(String id, FieldType type, Source source, Sql sql) {
        this.id = id;
        this.type = type;
        this.source = source;
        this.sql = sql;
    }

    /** The name used in jobs/*.yml. */
    public String id() {
        return id;
    }

    public FieldType type() {
        return type;
    }

    public Source source() {
        return source;
    }

    /** The field's value as SQL over {@code c} and its source's alias. */
    public Sql sql() {
        return sql;
    }

    public static Optional<SegmentField> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SegmentField::id).toList();
    }

    /** Feedback answers (the post-purchase question): the newest answer per customer decides. */
    private static final class Feedback {
        static final String NEWEST = " FROM feedback f WHERE f.customer_id = c.id ORDER BY f.answered_at DESC, f.id DESC FETCH FIRST 1 ROW ONLY)";
        static final String LATEST_SCORE = "(SELECT f.score" + NEWEST;
        static final String LATEST_DATE = "(SELECT CAST(f.answered_at AS DATE)" + NEWEST;
        static final String NPS_CLASS = "(SELECT CASE WHEN f.score >= 9 THEN 'promoter' WHEN f.score >= 7 THEN 'passive'"
                + " ELSE 'detractor' END" + NEWEST;
    }
}
