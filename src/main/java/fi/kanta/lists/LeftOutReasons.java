package fi.kanta.lists;

import fi.kanta.campaign.Campaign;
import fi.kanta.customer.ContactRules;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.customer.CustomerChoices;
import fi.kanta.segment.SegmentReasons;
import fi.kanta.selection.FunnelStage;
import fi.kanta.sql.Sql;
import fi.kanta.words.Words;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Why the selection's stage left one segment member out, in the marketer's words: the customer's
 * own "no offers at all"; per channel the missing address, consent (or feedback choice) or
 * {@code when} condition; the suppressions that stop the customer; the contact that the frequency
 * cap or the customer's own "how often" counts. The same rules as the selection ({@link ContactRules}),
 * asked about one customer.
 */
@Component
class LeftOutReasons {

    private final JdbcTemplate jdbc;
    private final SegmentReasons segments;
    private final Words words;

    LeftOutReasons(JdbcTemplate jdbc, SegmentReasons segments, Words words) {
        this.jdbc = jdbc;
        this.segments = segments;
        this.words = words;
    }

    /** The same reasons said in {@code other} words, e.g. the console page's language rather than the shop's. */
    LeftOutReasons in(Words other) {
        return other == words ? this : new LeftOutReasons(jdbc, segments, other);
    }

    String why(Campaign campaign, FunnelStage stage, String customer, LocalDate today) {
        List<String> reasons = switch (stage) {
            case NO_OFFERS -> choice(customer);
            case CONSENT -> campaign.channels().stream().map(channel -> channel(campaign, channel, customer, today)).toList();
            case SUPPRESSION -> suppressions(customer);
            case FREQUENCY_CAP -> contacts(customer, campaign.selection().frequencyCap().days(), today,
                    words.text("left-out.cap", words.count("count.days", campaign.selection().frequencyCap().days())));
            case OWN_LIMIT -> contacts(customer, CustomerChoices.LIMIT_DAYS, today,
                    words.text("left-out.own-limit", words.count("count.messages", ownLimit(customer)), CustomerChoices.LIMIT_DAYS));
            default -> List.of();
        };
        return words.textOr("funnel." + stage.id(), stage.label()) + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons));
    }

    /** When and where the customer chose "no offers at all". */
    private List<String> choice(String customer) {
        return jdbc.query("SELECT cp.changed_at, cp.source FROM customer_preference cp JOIN customer c ON c.id = cp.customer_id"
                + " WHERE c.external_id = ?", (rs, i) -> words.text("left-out.since",
                        words.date(rs.getTimestamp(1).toLocalDateTime().toLocalDate()), rs.getString(2)), customer);
    }

    private Integer ownLimit(String customer) {
        return jdbc.query("SELECT cp.max_per_30_days FROM customer_preference cp JOIN customer c ON c.id = cp.customer_id"
                + " WHERE c.external_id = ?", rs -> rs.next() ? (Integer) rs.getObject(1, Integer.class) : null, customer);
    }

    private String channel(Campaign campaign, Campaign.Channel channel, String customer, LocalDate today) {
        if (campaign.kind() == Campaign.Kind.FEEDBACK && refused(ConsentChannel.FEEDBACK, customer)) {
            return words.text("left-out.channel", channel.type().id(), words.text("left-out.refused-feedback"));
        }
        ConsentChannel consent = channel.consent();
        Sql query = Sql.of("SELECT CASE WHEN " + ContactRules.hasAddress(consent) + " THEN 1 ELSE 0 END, CASE WHEN ")
                .plus(ContactRules.consented(consent)).plus(" THEN 1 ELSE 0 END FROM customer c WHERE c.external_id = ?", customer);
        int[] allowed = jdbc.query(query.text(), rs -> rs.next() ? new int[] {rs.getInt(1), rs.getInt(2)} : new int[] {0, 0}, query.args());
        String type = channel.type().id();
        if (allowed[0] == 0) {
            return words.text("left-out.channel", type, words.text(consent.byEmail() ? "left-out.no-email" : "left-out.no-address"));
        }
        if (allowed[1] == 0) {
            return words.text("left-out.channel", type,
                    words.text(consent.optOut() ? "left-out.refused" : "left-out.no-consent", consent.id()));
        }
        // the when's conditions quote the definition, so they stay as written there
        List<String> when = channel.when().map(filter -> segments.whyNot(filter, customer, today)).orElse(List.of());
        return words.text("left-out.channel", type,
                when.isEmpty() ? words.text("left-out.allowed") : words.text("left-out.when", String.join("; ", when)));
    }

    private List<String> suppressions(String customer) {
        return jdbc.query("SELECT x.reason, x.suppressed_at, x.source FROM suppression x JOIN customer c"
                        + " ON x.customer_id = c.id OR x.email_key = c.email_key WHERE c.external_id = ? ORDER BY x.suppressed_at DESC",
                (rs, i) -> words.textOr("left-out.suppression." + rs.getString(1), rs.getString(1).toLowerCase(Locale.ROOT)) + " "
                        + words.text("left-out.since", words.date(rs.getTimestamp(2).toLocalDateTime().toLocalDate()), rs.getString(3)),
                customer);
    }

    private boolean refused(ConsentChannel consent, String customer) {
        Sql query = Sql.of("SELECT COUNT(*) FROM customer c WHERE c.external_id = ? AND NOT ", customer).plus(ContactRules.consented(consent));
        return jdbc.queryForObject(query.text(), Long.class, query.args()) > 0;
    }

    /** The newest contact that counts within the days, and the limit it met. */
    private List<String> contacts(String customer, int days, LocalDate today, String limit) {
        List<String> contacts = jdbc.query("SELECT u.campaign, u.run_key, u.selected_at FROM campaign_recipient r"
                        + " JOIN campaign_run u ON u.id = r.run_id JOIN customer c ON c.id = r.customer_id WHERE c.external_id = ?"
                        + " AND u.counts_for_cap = TRUE AND u.selected_at >= ? AND r.status <> 'WITHDRAWN' ORDER BY u.selected_at DESC",
                (rs, i) -> words.text("left-out.selected", rs.getString(1) + "/" + rs.getString(2),
                        words.date(rs.getTimestamp(3).toLocalDateTime().toLocalDate())),
                customer, Timestamp.valueOf(today.minusDays(days).atStartOfDay()));
        List<String> said = new ArrayList<>(contacts.subList(0, Math.min(1, contacts.size())));
        said.add(limit);
        return said;
    }
}
