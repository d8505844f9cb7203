package fi.kanta.lists;

import fi.kanta.customer.CustomerChoices;
import fi.kanta.export.StandardColumn;
import fi.kanta.words.SaidError;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The export catalogue ({@link StandardColumn}) bound to SQL: over the customer {@code c} and the
 * newest score snapshot {@code s} for every list, plus the outbox row {@code r} and its run
 * {@code u} for a run's recipients. Column names come only from this map, never from the user.
 */
final class ListColumns {

    static final List<String> DEFAULT = List.of("customer_id", "first_name", "last_name", "email", "phone", "street",
            "postal_code", "city", "country", "language", "rfm_segment", "p_alive", "clv_12m", "total_spend", "last_purchase");
    static final List<String> DEFAULT_RUN = List.of("customer_id", "first_name", "last_name", "email", "street", "postal_code",
            "city", "country", "language", "channel", "group", "status", "offer_code", "discount", "favourite_category", "clv_12m");

    private static final Map<StandardColumn, String> CUSTOMER = new EnumMap<>(StandardColumn.class);
    private static final Map<StandardColumn, String> RUN = new EnumMap<>(StandardColumn.class);

    static {
        CUSTOMER.put(StandardColumn.CUSTOMER_ID, "c.external_id");
        CUSTOMER.put(StandardColumn.FIRST_NAME, "c.first_name");
        CUSTOMER.put(StandardColumn.LAST_NAME, "c.last_name");
        CUSTOMER.put(StandardColumn.EMAIL, "c.email");
        CUSTOMER.put(StandardColumn.PHONE, "c.phone");
        CUSTOMER.put(StandardColumn.STREET, "c.street");
        CUSTOMER.put(StandardColumn.POSTAL_CODE, "c.postal_code");
        CUSTOMER.put(StandardColumn.CITY, "c.city");
        CUSTOMER.put(StandardColumn.COUNTRY, "c.country");
        CUSTOMER.put(StandardColumn.LANGUAGE, CustomerChoices.LANGUAGE_EACH);
        CUSTOMER.put(StandardColumn.SEGMENT, "CAST(? AS VARCHAR(100))");
        CUSTOMER.put(StandardColumn.RFM_CODE, "s.rfm_code");
        CUSTOMER.put(StandardColumn.RFM_SEGMENT, "s.rfm_segment");
        CUSTOMER.put(StandardColumn.FREQUENCY, "s.frequency");
        CUSTOMER.put(StandardColumn.P_ALIVE, "s.p_alive");
        CUSTOMER.put(StandardColumn.EXPECTED_PURCHASES_90D, "s.expected_purchases_90d");
        CUSTOMER.put(StandardColumn.CLV_12M, "s.clv_12m");
        CUSTOMER.put(StandardColumn.TOTAL_SPEND, "s.total_spend");
        CUSTOMER.put(StandardColumn.LAST_PURCHASE, "(SELECT CAST(MAX(x.purchased_at) AS DATE) FROM purchase x WHERE x.customer_id = c.id)");
        CUSTOMER.put(StandardColumn.FAVOURITE_CATEGORY, "s.favourite_category");
        RUN.putAll(CUSTOMER);
        RUN.put(StandardColumn.LAST_PURCHASE, "r.last_purchase");
        RUN.put(StandardColumn.FAVOURITE_CATEGORY, "r.favourite_category");
        RUN.put(StandardColumn.CAMPAIGN, "u.campaign");
        RUN.put(StandardColumn.RUN_KEY, "u.run_key");
        RUN.put(StandardColumn.OFFER_CODE, "r.offer_code");
        RUN.put(StandardColumn.REWARD, "r.reward");
        // the run's own rewards' discounts by number, bound by ListExport (discount(...)): no definition text in the SQL
        RUN.put(StandardColumn.DISCOUNT, "r.reward");
        RUN.put(StandardColumn.CHANNEL, "r.channel");
        RUN.put(StandardColumn.GROUP, "r.recipient_group");
        RUN.put(StandardColumn.STATUS, "r.status");
        RUN.put(StandardColumn.SENT_AT, "CASE WHEN r.status = 'SENT' THEN r.status_at END");
    }

    private ListColumns() {
    }

    /** The columns by key, checked; {@code ofRun} allows the outbox's columns too. */
    static List<StandardColumn> parse(List<String> keys, boolean ofRun) {
        return keys.stream().map(key -> {
            StandardColumn column;
            try {
                column = StandardColumn.byKey(key);
            } catch (IllegalArgumentException e) {
                throw new SaidError("export.column.unknown", key.strip(), StandardColumn.known());
            }
            if (!(ofRun ? RUN : CUSTOMER).containsKey(column)) {
                throw new SaidError("export.column.of-run", column.key());
            }
            return column;
        }).toList();
    }

    static String sql(StandardColumn column, boolean ofRun) {
        return (ofRun ? RUN : CUSTOMER).get(column);
    }
}
