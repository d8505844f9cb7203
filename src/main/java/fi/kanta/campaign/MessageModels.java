package fi.kanta.campaign;

import fi.kanta.UserError;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data a template gets for one recipient (templates/README.md lists it): the customer, their
 * offer, their scores, the campaign and the personal links. Plain maps of plain values: customer
 * data reaches the template only as values to escape, never as anything to evaluate.
 */
@Component
public class MessageModels {

    private final JdbcTemplate jdbc;

    public MessageModels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The offer fields as selection recorded them (or as a preview estimates them). */
    public record OfferFields(String code, String favouriteCategory, LocalDate lastPurchase, String valueTier) {
    }

    /** The customer's internal id for an external id from the command line. */
    public long customerId(String externalId) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM customer WHERE external_id = ?", Long.class, externalId);
        if (ids.isEmpty()) {
            throw new UserError("no customer with id \"" + externalId + "\" (the id from the shop's customer file)");
        }
        return ids.get(0);
    }

    public Map<String, Object> model(Campaign campaign, String runKey, long customerId, OfferFields offerFields,
            String unsubscribeUrl, LocalDate today) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("customer", customer(customerId));
        model.put("offer", offer(campaign, offerFields, today));
        model.put("score", score(customerId));
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("name", campaign.name());
        about.put("description", campaign.description());
        about.put("runKey", runKey);
        model.put("campaign", about);
        model.put("links", Map.of("unsubscribe", unsubscribeUrl));
        return model;
    }

    /** What a preview shows as the offer: the customer's real favourite and last purchase, a sample code. */
    public OfferFields previewOffer(Campaign campaign, long customerId) {
        Date last = jdbc.queryForObject("SELECT CAST(MAX(purchased_at) AS DATE) FROM purchase WHERE customer_id = ?", Date.class, customerId);
        String code = campaign.offer().map(o -> o.codePrefix() + "-PREV-IEW0-0000-0000").orElse(null);
        return new OfferFields(code, scores(customerId).favouriteCategory(), last == null ? null : last.toLocalDate(), "(set by the run)");
    }

    private Map<String, Object> customer(long customerId) {
        return jdbc.queryForObject("SELECT external_id, first_name, last_name, email, phone, street, postal_code, city, country,"
                + " language FROM customer WHERE id = ?", (row, n) -> {
                    Map<String, Object> customer = new LinkedHashMap<>();
                    customer.put("externalId", row.getString(1));
                    customer.put("firstName", row.getString(2));
                    customer.put("lastName", row.getString(3));
                    customer.put("fullName", fullName(row.getString(2), row.getString(3)));
                    customer.put("email", row.getString(4));
                    customer.put("phone", row.getString(5));
                    customer.put("street", row.getString(6));
                    customer.put("postalCode", row.getString(7));
                    customer.put("city", row.getString(8));
                    customer.put("country", row.getString(9));
                    customer.put("language", row.getString(10));
                    return customer;
                }, customerId);
    }

    private static Map<String, Object> offer(Campaign campaign, OfferFields fields, LocalDate today) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("code", fields.code());
        offer.put("favouriteCategory", fields.favouriteCategory());
        offer.put("lastPurchase", fields.lastPurchase());
        offer.put("valueTier", fields.valueTier());
        offer.put("discount", campaign.offer().map(Campaign.Offer::discount).orElse(null));
        offer.put("validUntil", campaign.offer().map(o -> today.plusDays(o.validDays())).orElse(null));
        return offer;
    }

    /** The customer's row in the newest score snapshot (all null when unscored). */
    private record Scores(Double pAlive, Double clv12m, String rfmSegment, String favouriteCategory) {
    }

    private Scores scores(long customerId) {
        return jdbc.query("SELECT s.p_alive, s.clv_12m, s.rfm_segment, s.favourite_category FROM customer_score s"
                + " WHERE s.customer_id = ? AND s.as_of = (SELECT MAX(as_of) FROM score_fit)",
                (row, n) -> new Scores(row.getDouble(1), row.getDouble(2), row.getString(3), row.getString(4)), customerId)
                .stream().findFirst().orElse(new Scores(null, null, null, null));
    }

    private Map<String, Object> score(long customerId) {
        Scores scores = scores(customerId);
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("pAlive", scores.pAlive());
        score.put("clv12m", scores.clv12m());
        score.put("rfmSegment", scores.rfmSegment());
        return score;
    }

    private static String fullName(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }
}
