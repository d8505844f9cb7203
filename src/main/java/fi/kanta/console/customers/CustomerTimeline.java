package fi.kanta.console.customers;

import fi.kanta.words.RfmNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A customer's history on one time line, newest first: purchases, scores (a month's as kept by the
 * score run, and the latest runs'), consent changes with their source, every campaign run that
 * selected them (channel, status, offer code, holdout or not), feedback answers, and suppressions
 * (of the customer, or of their email address: unsubscribes, bounces, complaints). Each part is read
 * through the customer's index, newest {@link #MOST} at most.
 */
@Service
public class CustomerTimeline {

    /** The most moments one time line shows (of each kind, and in all). */
    public static final int MOST = 500;

    private static final String NEWEST = " FETCH FIRST " + MOST + " ROWS ONLY";

    private final JdbcTemplate jdbc;

    public CustomerTimeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer of this internal id and their history; empty when there is none (or no longer). */
    public Optional<CustomerHistory> of(long customerId) {
        List<CustomerHistory.CustomerCard> cards = jdbc.query("SELECT id, external_id, first_name, last_name, email, phone, street,"
                + " postal_code, city, country, language FROM customer WHERE id = ?", (row, n) -> new CustomerHistory.CustomerCard(
                row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11)), customerId);
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        CustomerHistory.CustomerCard card = cards.get(0);
        String emailKey = card.email() == null ? null : card.email().strip().toLowerCase(java.util.Locale.ROOT);
        List<Moment> moments = new ArrayList<>();
        moments.addAll(purchases(customerId));
        moments.addAll(scores(customerId));
        moments.addAll(consents(customerId));
        moments.addAll(campaigns(customerId));
        moments.addAll(feedback(customerId));
        List<Moment> suppressions = suppressions(customerId, emailKey);
        moments.addAll(suppressions);
        moments.sort(Comparator.comparing(Moment::at).reversed());
        boolean shortened = moments.size() > MOST;
        return Optional.of(new CustomerHistory(card, shortened ? moments.subList(0, MOST) : moments, !suppressions.isEmpty(), shortened));
    }

    private List<Moment> purchases(long customerId) {
        return jdbc.query("SELECT purchased_at, amount, currency, category, order_id, offer_code FROM purchase WHERE customer_id = ?"
                + " ORDER BY purchased_at DESC" + NEWEST, (row, n) -> moment(time(row, 1), "purchase", row.getBigDecimal(2),
                row.getString(3), text(row.getString(4)), row.getString(5), text(row.getString(6))), customerId);
    }

    /** The months kept and the latest runs' scores; a day in both shows once. */
    private List<Moment> scores(long customerId) {
        Set<LocalDate> seen = new HashSet<>();
        List<Moment> scores = new ArrayList<>();
        jdbc.query("SELECT as_of, rfm_segment, p_alive, clv_12m FROM customer_score WHERE customer_id = ?"
                + " UNION ALL SELECT as_of, rfm_segment, p_alive, clv_12m FROM customer_score_month WHERE customer_id = ?", row -> {
            LocalDate asOf = row.getDate(1).toLocalDate();
            if (seen.add(asOf)) {
                scores.add(moment(asOf.atStartOfDay(), "score", segment(row.getString(2)), row.getDouble(3), row.getDouble(4)));
            }
        }, customerId, customerId);
        return scores;
    }

    /**
     * An RFM segment as the page's messages resolve it while they write the line: its name in the
     * signed-in user's language, the identifier itself for a segment without a name.
     */
    static DefaultMessageSourceResolvable segment(String identifier) {
        return new DefaultMessageSourceResolvable(new String[] {RfmNames.key(identifier)}, identifier);
    }

    private List<Moment> consents(long customerId) {
        return jdbc.query("SELECT given_at, channel, granted, source FROM consent WHERE customer_id = ? ORDER BY given_at DESC" + NEWEST,
                (row, n) -> moment(time(row, 1), row.getBoolean(3) ? "consent-granted" : "consent-withdrawn", row.getString(2),
                        row.getString(4)), customerId);
    }

    private List<Moment> campaigns(long customerId) {
        return jdbc.query("SELECT u.selected_at, u.campaign, u.run_key, r.channel, r.status, r.offer_code, r.recipient_group"
                + " FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id WHERE r.customer_id = ?"
                + " ORDER BY u.selected_at DESC" + NEWEST, (row, n) -> moment(time(row, 1),
                "HOLDOUT".equals(row.getString(7)) ? "campaign-holdout" : "campaign", row.getString(2) + "/" + row.getString(3),
                row.getString(4), row.getString(5), text(row.getString(6))), customerId);
    }

    private List<Moment> feedback(long customerId) {
        return jdbc.query("SELECT answered_at, campaign, score, comment FROM feedback WHERE customer_id = ? ORDER BY answered_at DESC"
                + NEWEST, (row, n) -> moment(time(row, 1), "feedback", row.getInt(3), row.getString(2), text(row.getString(4))), customerId);
    }

    /** Of the customer, and of their email address (each on its own index). */
    private List<Moment> suppressions(long customerId, String emailKey) {
        String columns = "SELECT id, suppressed_at, reason, source FROM suppression";
        List<Moment> suppressions = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        jdbc.query(columns + " WHERE customer_id = ?" + NEWEST, row -> {
            if (seen.add(row.getLong(1))) {
                suppressions.add(moment(time(row, 2), "suppression", row.getString(3), row.getString(4)));
            }
        }, customerId);
        if (emailKey != null) {
            jdbc.query(columns + " WHERE email_key = ?" + NEWEST, row -> {
                if (seen.add(row.getLong(1))) {
                    suppressions.add(moment(time(row, 2), "suppression-address", row.getString(3), row.getString(4)));
                }
            }, emailKey);
        }
        return suppressions;
    }

    private static Moment moment(LocalDateTime at, String kind, Object... facts) {
        return new Moment(at, kind, Arrays.asList(facts));
    }

    private static LocalDateTime time(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? LocalDateTime.MIN : at.toLocalDateTime();
    }

    /** An empty text where there is none, so the page writes nothing rather than "null". */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
