package fi.kanta.outbox;

import fi.kanta.words.SaidError;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.campaign.RewardChoice;
import fi.kanta.clicks.ClickTracking;
import fi.kanta.customer.CustomerChoices;
import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.PreferenceLinks;
import fi.kanta.links.TestLinks;
import fi.kanta.links.UnsubscribeLinks;
import fi.kanta.picks.PicksInMessages;
import fi.kanta.render.Brand;
import fi.kanta.render.LinkTracking;
import fi.kanta.render.QrCode;
import fi.kanta.render.Sender;
import fi.kanta.shop.ShopSettings;
import fi.kanta.sql.Sql;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data a template gets for one recipient (templates/README.md lists it): the customer, their
 * offer, their scores, the campaign, the personal links and the sender. Plain maps of plain values:
 * customer data reaches a template only as values to escape, never as anything to evaluate.
 */
@Component
public class MessageModels {

    private static final String CUSTOMER_COLUMNS = "c.id, c.external_id, c.first_name, c.last_name, c.email, c.phone, c.street,"
            + " c.postal_code, c.city, c.country, " + CustomerChoices.LANGUAGE_EACH;
    private static final String SCORE_COLUMNS = "s.p_alive, s.clv_12m, s.rfm_segment";
    /** The last column of every model query: the customer chose "do not profile me" (looked up now, not at the selection). */
    private static final String NOT_PROFILED = ", CASE WHEN " + CustomerChoices.NOT_PROFILED_EACH + " THEN 1 ELSE 0 END AS not_profiled";

    private final JdbcTemplate jdbc;
    private final Sender sender;
    private final UnsubscribeLinks unsubscribeLinks;
    private final FeedbackLinks feedbackLinks;
    private final Map<String, Object> brand;
    private final PreferenceLinks preferenceLinks;
    private final ClickTracking clicks;
    private final ShopSettings shop;
    private final PicksInMessages picks;

    public MessageModels(JdbcTemplate jdbc, Sender sender, Brand brand, ShopSettings shop, UnsubscribeLinks unsubscribeLinks,
            FeedbackLinks feedbackLinks, PreferenceLinks preferenceLinks, ClickTracking clicks, PicksInMessages picks) {
        this.jdbc = jdbc;
        this.clicks = clicks;
        this.shop = shop;
        this.sender = sender;
        this.brand = brand.model(shop.url());
        this.unsubscribeLinks = unsubscribeLinks;
        this.feedbackLinks = feedbackLinks;
        this.preferenceLinks = preferenceLinks;
        this.picks = picks;
    }

    /**
     * How a message reaches the customer's preferences page: an email by its signed link, a letter
     * by a short address to type and its QR code (a new code per letter, so the run's letters are
     * what writes them), a preview or test message by links that record nothing.
     */
    private enum PreferencesWay {
        EMAIL, LETTER, SAMPLE
    }

    /** The offer fields as the selection recorded them (or as a preview estimates them). */
    public record OfferFields(String code, String favouriteCategory, LocalDate lastPurchase, String valueTier, Integer reward) {
    }

    /** The customer's internal id for an external id from the command line. */
    public long customerId(String externalId) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM customer WHERE external_id = ?", Long.class, externalId);
        if (ids.isEmpty()) {
            throw new SaidError("preview.no-customer", externalId);
        }
        return ids.get(0);
    }

    /**
     * The models of a run's recipients, in the order given, with the offer the selection recorded;
     * {@code runDay} is the day the run selected them (offers are valid from it).
     */
    public List<Recipient> forRun(Campaign campaign, String runKey, long runId, ChannelType channel,
            List<Long> customers, LocalDate runDay) {
        if (customers.isEmpty()) {
            return List.of();
        }
        String consent = campaign.channel(channel).orElseThrow().consent().id();
        Date scoreDate = jdbc.queryForObject("SELECT score_date FROM campaign_run WHERE id = ?", Date.class, runId);
        // the outbox rows by their whole primary key, (run, customer) pairs, and the score snapshot a
        // constant: with "customer_id IN (...)" HSQLDB read the whole run for every batch
        List<Object> args = new java.util.ArrayList<>();
        String scores = " LEFT JOIN customer_score s ON 1 = 0";
        if (scoreDate != null) {
            scores = " LEFT JOIN customer_score s ON s.customer_id = c.id AND s.as_of = ?";
            args.add(scoreDate);
        }
        customers.forEach(id -> {
            args.add(runId);
            args.add(id);
        });
        Map<Long, Recipient> byCustomer = new java.util.HashMap<>();
        // the picks' language, of those who may be shown picks: read here, so the picks need not read the customers again
        Map<Long, String> languageOfProfiled = new java.util.HashMap<>();
        LocalDate today = LocalDate.now(shop.timeZone());
        jdbc.query("SELECT " + CUSTOMER_COLUMNS + ", " + SCORE_COLUMNS + ", r.offer_code, r.favourite_category,"
                + " r.last_purchase, r.value_tier, r.reward" + NOT_PROFILED + " FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + scores
                + " WHERE (r.run_id, r.customer_id) IN (" + String.join(", ", Collections.nCopies(customers.size(), "(?, ?)")) + ")", row -> {
                    Date last = row.getDate(17);
                    OfferFields offer = new OfferFields(row.getString(15), row.getString(16),
                            last == null ? null : last.toLocalDate(), row.getString(18), (Integer) row.getObject("reward", Integer.class));
                    Recipient recipient = recipient(campaign, runKey, runKey, row, offer, consent, runDay,
                            channel == ChannelType.LETTER ? PreferencesWay.LETTER : PreferencesWay.EMAIL);
                    if (channel == ChannelType.EMAIL) {
                        // counted links when the shop counts clicks, never for "do not profile me" (read now, as the profile values are)
                        clicks.forEmail(runId, recipient.customerId(), row.getInt("not_profiled") == 0, today)
                                .ifPresent(tracking -> recipient.model().put(LinkTracking.VARIABLE, tracking));
                    }
                    byCustomer.put(recipient.customerId(), recipient);
                    if (row.getInt("not_profiled") == 0) {
                        languageOfProfiled.put(recipient.customerId(), row.getString(11));
                    }
                }, args.toArray());
        Map<Long, List<String>> interests = interests(customers);
        Map<Long, List<Map<String, Object>>> picked = picks.forRun(runId, languageOfProfiled, shop.url());
        return customers.stream().map(byCustomer::get).map(recipient -> withInterests(recipient, interests))
                .map(recipient -> withPicks(recipient, picked)).map(recipient -> withRewardCategory(recipient, campaign)).toList();
    }

    /** Whether the customer chose "do not profile me" (now). */
    public boolean notProfiled(long customerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT " + CustomerChoices.notProfiled("c.id") + " FROM customer c WHERE c.id = ?",
                Boolean.class, customerId));
    }

    /** One customer's model as a preview shows it: the real favourite and last purchase, a sample code. */
    public Recipient preview(Campaign campaign, String runKey, long customerId, LocalDate today) {
        return preview(campaign, runKey, runKey, customerId, today);
    }

    /**
     * One customer's model as a test send shows it: as {@link #preview}, with personal links that
     * act on no one ({@link TestLinks}).
     */
    public Recipient forTest(Campaign campaign, String runKey, long customerId, LocalDate today) {
        return preview(campaign, runKey, TestLinks.RUN_KEY, customerId, today);
    }

    private Recipient preview(Campaign campaign, String runKey, String linkRunKey, long customerId, LocalDate today) {
        Date last = jdbc.queryForObject("SELECT CAST(MAX(purchased_at) AS DATE) FROM purchase WHERE customer_id = ?", Date.class,
                customerId);
        String code = campaign.offer().map(o -> o.codePrefix() + "-PREV-IEW0-0000-0000").orElse(null);
        String consent = campaign.channels().get(0).consent().id();
        // the reward as the selection would choose it, from the same favourite category
        Sql reward = campaign.offer().map(offer -> RewardChoice.number(offer, "c.id", "s.favourite_category",
                CustomerChoices.NOT_PROFILED_EACH)).orElse(Sql.of("CAST(NULL AS SMALLINT)"));
        Sql query = Sql.of("SELECT " + CUSTOMER_COLUMNS + ", " + SCORE_COLUMNS + ", s.favourite_category, ").plus(reward)
                .plus(" AS reward" + NOT_PROFILED + " FROM customer c"
                        + " LEFT JOIN customer_score s ON s.customer_id = c.id AND s.as_of = (SELECT MAX(as_of) FROM score_fit)"
                        + " WHERE c.id = ?", customerId);
        Recipient recipient = jdbc.queryForObject(query.text(), (row, n) -> recipient(campaign, runKey, linkRunKey, row,
                        new OfferFields(code, row.getString(15), last == null ? null : last.toLocalDate(), "silver",
                                (Integer) row.getObject("reward", Integer.class)), consent, today, PreferencesWay.SAMPLE),
                query.args());
        return withRewardCategory(withPicks(withInterests(recipient, interests(List.of(customerId))),
                picks.forCustomers(List.of(customerId), shop.url())), campaign);
    }

    /** The categories each customer said they care about, in alphabetical order (no row: none). */
    private Map<Long, List<String>> interests(List<Long> customers) {
        Map<Long, List<String>> interests = new java.util.HashMap<>();
        for (int from = 0; from < customers.size(); from += 1000) {
            List<Long> part = customers.subList(from, Math.min(customers.size(), from + 1000));
            jdbc.query("SELECT customer_id, category FROM customer_interest WHERE customer_id IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ") ORDER BY customer_id, category", row -> {
                        interests.computeIfAbsent(row.getLong(1), id -> new java.util.ArrayList<>()).add(row.getString(2));
                    }, part.toArray());
        }
        return interests;
    }

    /** The recipient with {@code customer.interests} in their model. */
    @SuppressWarnings("unchecked")
    private static Recipient withInterests(Recipient recipient, Map<Long, List<String>> interests) {
        ((Map<String, Object>) recipient.model().get("customer")).put("interests",
                List.copyOf(interests.getOrDefault(recipient.customerId(), List.of())));
        return recipient;
    }

    /**
     * The recipient with {@code picks}: their products in stock now, best first (docs/architecture.md
     * "Picks"); none for a customer who chose "do not profile me".
     */
    private static Recipient withPicks(Recipient recipient, Map<Long, List<Map<String, Object>>> picked) {
        recipient.model().put("picks", List.copyOf(picked.getOrDefault(recipient.customerId(), List.of())));
        return recipient;
    }

    /**
     * The recipient with {@code offer.rewardCategory}: the category their reward was chosen by, as the
     * data writes it (their favourite, the first of the reward's categories they said they care
     * about, or their best pick's); none for the default reward.
     */
    @SuppressWarnings("unchecked")
    private static Recipient withRewardCategory(Recipient recipient, Campaign campaign) {
        Map<String, Object> model = recipient.model();
        Map<String, Object> offer = (Map<String, Object>) model.get("offer");
        String category = campaign.offer().map(o -> o.reward((Integer) offer.get("reward"))).map(reward -> switch (reward.signal()) {
            case FAVOURITE_CATEGORY -> matching(reward.categories(), java.util.stream.Stream.of((String) offer.get("favouriteCategory")));
            case INTERESTED_IN -> matching(reward.categories(),
                    ((List<String>) ((Map<String, Object>) model.get("customer")).get("interests")).stream());
            case TOP_PICK_IN -> matching(reward.categories(),
                    ((List<Map<String, Object>>) model.get("picks")).stream().limit(1).map(pick -> (String) pick.get("category")));
            case EVERYONE_ELSE -> null;
        }).orElse(null);
        offer.put("rewardCategory", category);
        return recipient;
    }

    /**
     * The first of the customer's categories that is one of the reward's (compared without regard to
     * case), as the data writes it; else the reward's first (the signal changed since the selection).
     */
    private static String matching(List<String> categories, java.util.stream.Stream<String> customers) {
        return customers.filter(category -> category != null && categories.stream().anyMatch(c -> c.equalsIgnoreCase(category)))
                .findFirst().orElse(categories.get(0));
    }

    /**
     * The personal links: unsubscribe (withdrawing the message's consent channel) and, for the
     * feedback question, the eleven score links; other campaigns get none, so one template check
     * covers every kind.
     */
    private Map<String, Object> links(Campaign campaign, String runKey, long customerId, String unsubscribe, PreferencesWay way) {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("unsubscribe", unsubscribe);
        links.put("feedback", campaign.kind() == Campaign.Kind.FEEDBACK ? feedbackLinks.urls(customerId, campaign.name(), runKey)
                : List.of());
        // emails: the signed link; letters: the short address and its QR code (null in an email, no code is issued for it)
        links.put("preferences", preferenceLinks.emailUrl(customerId, way == PreferencesWay.SAMPLE));
        String shortAddress = switch (way) {
            case EMAIL -> null;
            case LETTER -> preferenceLinks.letterAddress(customerId);
            case SAMPLE -> preferenceLinks.sampleLetterAddress();
        };
        links.put("preferencesShort", shortAddress);
        links.put("preferencesQr", shortAddress == null ? null : QrCode.pngDataUri(shortAddress));
        return links;
    }

    /**
     * The recipient of the row ({@link #CUSTOMER_COLUMNS} then {@link #SCORE_COLUMNS}) with their
     * message model; the personal links name {@code linkRunKey}.
     */
    private Recipient recipient(Campaign campaign, String runKey, String linkRunKey, ResultSet row, OfferFields offer, String consent,
            LocalDate runDay, PreferencesWay way) throws SQLException {
        long customerId = row.getLong(1);
        String unsubscribe = unsubscribeLinks.url(customerId, consent, campaign.name(), linkRunKey);
        return new Recipient(customerId, row.getString(2), fullName(row.getString(3), row.getString(4)), row.getString(5),
                new Recipient.Address(row.getString(7), row.getString(8), row.getString(9), row.getString(10)), unsubscribe,
                model(campaign, runKey, row, offer, links(campaign, linkRunKey, customerId, unsubscribe, way), runDay));
    }

    private Map<String, Object> model(Campaign campaign, String runKey, ResultSet row, OfferFields offer, Map<String, Object> links,
            LocalDate runDay) throws SQLException {
        // "do not profile me": no profile values, whatever the selection recorded or the scores still
        // hold; the templates fall back to their content for a customer without scores
        boolean profiled = row.getInt("not_profiled") == 0;
        // their reward too: the default (the row says so once the claim has re-checked them)
        OfferFields fields = profiled ? offer : new OfferFields(offer.code(), null, offer.lastPurchase(), null,
                campaign.offer().map(o -> o.fallback().number()).orElse(null));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("customer", customer(row));
        model.put("offer", offer(campaign, fields, runDay));
        model.put("score", profiled ? score(row) : unsetScore());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("name", campaign.name());
        about.put("description", campaign.description());
        about.put("runKey", runKey);
        about.put("date", runDay); // the day the run selected its recipients: a letter's date
        model.put("campaign", about);
        model.put("links", links);
        model.put("sender", sender.model());
        model.put("brand", brand);
        return model;
    }

    private static Map<String, Object> customer(ResultSet row) throws SQLException {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("externalId", row.getString(2));
        customer.put("firstName", row.getString(3));
        customer.put("lastName", row.getString(4));
        customer.put("fullName", fullName(row.getString(3), row.getString(4)));
        customer.put("email", row.getString(5));
        customer.put("phone", row.getString(6));
        customer.put("street", row.getString(7));
        customer.put("postalCode", row.getString(8));
        customer.put("city", row.getString(9));
        customer.put("country", row.getString(10));
        customer.put("language", row.getString(11));
        return customer;
    }

    private static Map<String, Object> score(ResultSet row) throws SQLException {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("pAlive", (Double) row.getObject(12, Double.class));
        score.put("clv12m", (Double) row.getObject(13, Double.class));
        score.put("rfmSegment", row.getString(14));
        score.put("loyalty", Loyalty.of(row.getString(14)));
        return score;
    }

    private static Map<String, Object> unsetScore() {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("pAlive", null);
        score.put("clv12m", null);
        score.put("rfmSegment", null);
        score.put("loyalty", null);
        return score;
    }

    private static Map<String, Object> offer(Campaign campaign, OfferFields fields, LocalDate runDay) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("code", fields.code());
        offer.put("favouriteCategory", fields.favouriteCategory());
        offer.put("lastPurchase", fields.lastPurchase());
        offer.put("valueTier", fields.valueTier());
        // the recipient's reward: its number in the definition, and the category it was chosen by (set once the
        // interests and picks are known, withRewardCategory); "20 %" never breaks between the number and the sign
        Optional<Campaign.Reward> reward = campaign.offer().map(o -> o.reward(fields.reward()));
        offer.put("reward", reward.map(Campaign.Reward::number).orElse(null));
        offer.put("rewardCategory", null);
        offer.put("discount", reward.map(r -> r.discount().replace(' ', '\u00a0')).orElse(null));
        offer.put("validUntil", campaign.offer().map(o -> runDay.plusDays(o.validDays())).orElse(null));
        return offer;
    }

    static String fullName(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }
}
