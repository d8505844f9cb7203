package fi.kanta.clicks;

import fi.kanta.customer.CustomerChanges;
import fi.kanta.customer.CustomerChoices;
import fi.kanta.links.ClickLinks;
import fi.kanta.links.ClickToken;
import fi.kanta.shop.ShopSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Following a counted link (docs/architecture.md "Clicks"): a token this installation signed, made
 * within {@code kanta.clicks.retention-days}, leading to a host still allowed, gives its address;
 * anything else gives nothing, which the page answers as it answers any link that is not genuine.
 * The first click of each link of a message is recorded (run, customer, link, when, and whether it
 * looks like a mail scanner's), nothing else about the reader; a later one just leads on.
 */
@Component
public class Clicks {

    /** A click this soon after the message was handed over is a scanner's, not a reader's. */
    static final Duration AFTER_DELIVERY = Duration.ofSeconds(60);
    /** Two links of one message clicked this close together: a scanner opening them all, not a person reading. */
    static final Duration TOGETHER = Duration.ofSeconds(10);

    private final ClickLinks links;
    private final ClickTargets targets;
    private final ClickSettings settings;
    private final CustomerChanges changes;
    private final JdbcTemplate jdbc;
    private final ShopSettings shop;
    private final Clock clock;

    @Autowired
    public Clicks(ClickLinks links, ClickTargets targets, ClickSettings settings, CustomerChanges changes, JdbcTemplate jdbc,
            ShopSettings shop) {
        this(links, targets, settings, changes, jdbc, shop, Clock.systemUTC());
    }

    Clicks(ClickLinks links, ClickTargets targets, ClickSettings settings, CustomerChanges changes, JdbcTemplate jdbc,
            ShopSettings shop, Clock clock) {
        this.links = links;
        this.targets = targets;
        this.settings = settings;
        this.changes = changes;
        this.jdbc = jdbc;
        this.shop = shop;
        this.clock = clock;
    }

    /**
     * Where the link leads, or empty when it leads nowhere (forged, altered, too old, or to a host
     * no longer allowed). With {@code record} (a GET; a HEAD is a program checking the link) the click
     * is recorded when the shop counts clicks.
     */
    public Optional<String> follow(String token, boolean record) {
        Optional<ClickToken> click = links.verify(token);
        if (click.isEmpty() || expired(click.get()) || !targets.allows(click.get().target())) {
            return Optional.empty();
        }
        if (record && settings.enabled()) {
            record(click.get());
        }
        return Optional.of(click.get().target());
    }

    private boolean expired(ClickToken click) {
        return click.issued().plusDays(settings.retentionDays()).isBefore(LocalDate.now(clock.withZone(shop.timeZone())));
    }

    /**
     * Once per link and message, behind the customer's row lock (two requests of a scanner take
     * turns, so the second sees the first): only for a message that was sent, and never for a
     * customer who chose "do not profile me" since. Nothing for an erased customer.
     */
    private void record(ClickToken click) {
        changes.apply(click.customerId(), now -> {
            List<Timestamp> delivered = jdbc.queryForList("SELECT r.status_at FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                    + " WHERE r.run_id = ? AND r.customer_id = ? AND r.channel = 'email' AND r.status = 'SENT' AND NOT "
                    + CustomerChoices.NOT_PROFILED_EACH, Timestamp.class, click.runId(), click.customerId());
            if (delivered.isEmpty() || jdbc.queryForObject("SELECT COUNT(*) FROM click WHERE run_id = ? AND customer_id = ? AND link = ?",
                    Integer.class, click.runId(), click.customerId(), click.link()) > 0) {
                return false;
            }
            Timestamp together = Timestamp.valueOf(now.toLocalDateTime().minus(TOGETHER));
            int others = jdbc.update("UPDATE click SET suspect = TRUE WHERE run_id = ? AND customer_id = ? AND clicked_at >= ?",
                    click.runId(), click.customerId(), together);
            boolean soonAfterDelivery = now.toLocalDateTime().isBefore(delivered.get(0).toLocalDateTime().plus(AFTER_DELIVERY));
            jdbc.update("INSERT INTO click (run_id, customer_id, link, clicked_at, suspect) VALUES (?, ?, ?, ?, ?)", click.runId(),
                    click.customerId(), click.link(), now, soonAfterDelivery || others > 0);
            return true;
        });
    }
}
