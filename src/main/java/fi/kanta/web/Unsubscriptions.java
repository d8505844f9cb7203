package fi.kanta.web;

import fi.kanta.customer.ContactRules;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.customer.CustomerChanges;
import fi.kanta.customer.NewestConsents;
import fi.kanta.customer.ShopSummary;
import fi.kanta.sql.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records what an unsubscribe link asks for (docs/architecture.md "Consent and suppression"): a withdrawn consent row per channel
 * (source {@value #SOURCE}) and, for all channels, a suppression of the customer. Idempotent by
 * looking first: a channel whose newest consent is already a withdrawal gets no new row, and a
 * customer already unsubscribed from all (and not re-subscribed by a double opt-in since) gets no
 * second suppression, so a repeated click adds no rows at all.
 */
@Component
class Unsubscriptions {

    static final String SOURCE = "unsubscribe-link";

    private final JdbcTemplate jdbc;
    private final CustomerChanges changes;
    private final String refreshNewest;

    Unsubscriptions(JdbcTemplate jdbc, CustomerChanges changes, DataSource dataSource) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.refreshNewest = NewestConsents.refresh(Vendor.of(dataSource), "?");
    }

    /** Withdraws the channels (and, when {@code everything}, suppresses the customer); says what was new. */
    Withdrawal withdraw(long customerId, List<ConsentChannel> channels, boolean everything) {
        return changes.apply(customerId, now -> {
            List<ConsentChannel> withdrawn = new ArrayList<>();
            for (ConsentChannel channel : channels) {
                if (!alreadyWithdrawn(customerId, channel)) {
                    jdbc.update("INSERT INTO consent (customer_id, channel, granted, given_at, source) VALUES (?, ?, FALSE, ?, ?)",
                            customerId, channel.id(), now, SOURCE);
                    withdrawn.add(channel);
                }
            }
            if (!withdrawn.isEmpty()) {
                jdbc.update(refreshNewest, customerId);
                ShopSummary.changed(jdbc, Set.of(ShopSummary.Fact.CONSENTS));
            }
            boolean suppressed = everything && !alreadyUnsubscribedFromAll(customerId);
            if (suppressed) {
                jdbc.update("INSERT INTO suppression (customer_id, reason, suppressed_at, source) VALUES (?, 'UNSUBSCRIBED', ?, ?)",
                        customerId, now, SOURCE);
                ShopSummary.changed(jdbc, Set.of(ShopSummary.Fact.SUPPRESSIONS));
            }
            return new Withdrawal(List.copyOf(withdrawn), suppressed);
        }).orElse(new Withdrawal(List.of(), false));
    }

    private boolean alreadyWithdrawn(long customerId, ConsentChannel channel) {
        List<Boolean> newest = jdbc.queryForList("SELECT granted FROM consent_newest WHERE customer_id = ? AND channel = ?",
                Boolean.class, customerId, channel.id());
        return !newest.isEmpty() && !newest.get(0);
    }

    private boolean alreadyUnsubscribedFromAll(long customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM suppression x WHERE x.customer_id = ? AND x.reason = 'UNSUBSCRIBED'"
                + " AND NOT EXISTS (SELECT 1 FROM consent k WHERE k.customer_id = x.customer_id AND k.granted = TRUE"
                + " AND k.source = ? AND k.given_at > x.suppressed_at)", Long.class, customerId, ContactRules.DOUBLE_OPT_IN) > 0;
    }

    /** What a click changed: the channels newly withdrawn and whether a suppression was added. */
    record Withdrawal(List<ConsentChannel> channels, boolean suppressed) {

        boolean changedNothing() {
            return channels.isEmpty() && !suppressed;
        }
    }
}
