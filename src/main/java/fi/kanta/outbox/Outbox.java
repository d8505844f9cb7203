package fi.kanta.outbox;

import fi.kanta.campaign.ChannelType;
import fi.kanta.customer.ContactRules;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.sql.Sql;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's status moves (DESIGN "Recipient status"), each in a transaction of its own that
 * commits before the caller goes on: a row is claimed (PENDING → SENDING, or WITHDRAWN when consent
 * or suppression changed since selection) before its message leaves, and moved to what became of
 * it after. A row found SENDING when a step starts was in flight when its process died: UNCONFIRMED,
 * never sent again.
 */
@Component
class Outbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    public Outbox(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Claims the PENDING rows of the channel ranked from {@code fromRanking} to {@code toRanking},
     * re-checking consent and suppression in the same transaction. Returns the customers now
     * SENDING, best-ranked first. (Claims go by ranking windows: "the next n PENDING rows" made
     * HSQLDB sort every pending row of the run for every batch.)
     */
    public List<Long> claim(long runId, ChannelType channel, ConsentChannel consent, long fromRanking, long toRanking,
            LocalDateTime now) {
        return own.execute(status -> {
            List<Long> ids = jdbc.queryForList("SELECT customer_id FROM campaign_recipient WHERE run_id = ? AND channel = ?"
                    + " AND status = 'PENDING' AND ranking BETWEEN ? AND ? ORDER BY ranking", Long.class, runId, channel.id(),
                    fromRanking, toRanking);
            if (ids.isEmpty()) {
                return ids;
            }
            // the re-check looks up just these customers (by primary key), each rule per customer, a
            // thousand at a time (PostgreSQL takes at most 32,767 parameters a statement)
            Set<Long> withdrawn = new HashSet<>();
            for (int from = 0; from < ids.size(); from += 1000) {
                List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
                Sql notAllowed = Sql.of("SELECT c.id FROM customer c WHERE c.id IN (" + String.join(", ", Collections.nCopies(part.size(), "?"))
                        + ") AND NOT ", part.toArray()).plus(ContactRules.allowedEach(consent));
                withdrawn.addAll(jdbc.queryForList(notAllowed.text(), Long.class, notAllowed.args()));
            }
            Timestamp at = Timestamp.valueOf(now);
            int[] moved = jdbc.batchUpdate("UPDATE campaign_recipient SET status = ?, status_at = ? WHERE run_id = ? AND customer_id = ?"
                    + " AND status = 'PENDING'", ids.stream().map(id -> new Object[] {withdrawn.contains(id) ? "WITHDRAWN" : "SENDING",
                        at, runId, id}).toList());
            // a row another sender claimed since the SELECT above is not ours: sending it too would be a duplicate
            List<Long> claimed = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (moved[i] != 0 && !withdrawn.contains(ids.get(i))) {
                    claimed.add(ids.get(i));
                }
            }
            return claimed;
        });
    }

    /**
     * Records what became of each claimed message (same order as {@code customers}). A permanent
     * refusal of the address (BOUNCED) also suppresses the address, so no later run tries it.
     */
    public void record(long runId, List<Long> customers, List<DeliveryOutcome> outcomes, LocalDateTime now) {
        own.executeWithoutResult(status -> {
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> bounces = new ArrayList<>();
            for (int i = 0; i < customers.size(); i++) {
                DeliveryOutcome outcome = outcomes.get(i);
                updates.add(new Object[] {RecipientStatus.of(outcome.status()).name(), Timestamp.valueOf(now), detail(outcome),
                    runId, customers.get(i)});
                if (outcome.status() == fi.kanta.delivery.DeliveryStatus.BOUNCED) {
                    bounces.add(new Object[] {Timestamp.valueOf(now), "smtp " + outcome.replyCode(), runId, customers.get(i)});
                }
            }
            jdbc.batchUpdate("UPDATE campaign_recipient SET status = ?, status_at = ?, detail = ? WHERE run_id = ? AND customer_id = ?",
                    updates);
            jdbc.batchUpdate("INSERT INTO suppression (email_key, customer_id, reason, suppressed_at, source)"
                    + " SELECT c.email_key, NULL, 'BOUNCED', ?, ? FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                    + " WHERE r.run_id = ? AND r.customer_id = ? AND c.email_key IS NOT NULL", bounces);
        });
    }

    /** Marks rows done without a server (letters printed into the run's files). */
    public void markSent(long runId, List<Long> customers, LocalDateTime now) {
        own.executeWithoutResult(status -> jdbc.batchUpdate("UPDATE campaign_recipient SET status = 'SENT', status_at = ?"
                + " WHERE run_id = ? AND customer_id = ? AND status = 'SENDING'",
                customers.stream().map(c -> new Object[] {Timestamp.valueOf(now), runId, c}).toList()));
    }

    /**
     * Before a channel's step (re)starts: rows left SENDING by a dead process become UNCONFIRMED
     * (they may have left; listed for the marketer, not resent), and FAILED rows are tried again.
     * Returns how many became UNCONFIRMED.
     */
    public int prepareRestart(long runId, ChannelType channel, boolean sendingMayHaveLeft, LocalDateTime now) {
        return own.execute(status -> {
            int unconfirmed = jdbc.update("UPDATE campaign_recipient SET status = ?, status_at = ? WHERE run_id = ? AND channel = ?"
                    + " AND status = 'SENDING'", sendingMayHaveLeft ? "UNCONFIRMED" : "PENDING", Timestamp.valueOf(now), runId,
                    channel.id());
            jdbc.update("UPDATE campaign_recipient SET status = 'PENDING', status_at = ? WHERE run_id = ? AND channel = ?"
                    + " AND status = 'FAILED'", Timestamp.valueOf(now), runId, channel.id());
            return sendingMayHaveLeft ? unconfirmed : 0;
        });
    }

    /** The last ranking of the run (rankings run 1, 2, … over both channels and groups). */
    public long lastRanking(long runId) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(ranking), 0) FROM campaign_recipient WHERE run_id = ?", Long.class, runId);
    }

    public long count(long runId, ChannelType channel, String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE run_id = ? AND channel = ? AND status = ?",
                Long.class, runId, channel.id(), status);
    }

    public long runId(String campaign, String runKey) {
        return jdbc.queryForObject("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class, campaign, runKey);
    }

    public LocalDateTime selectedAt(long runId) {
        return jdbc.queryForObject("SELECT selected_at FROM campaign_run WHERE id = ?", Timestamp.class, runId).toLocalDateTime();
    }

    private static String detail(DeliveryOutcome outcome) {
        String reply = outcome.reply() == null ? "" : outcome.reply();
        String text = (outcome.replyCode() > 0 ? outcome.replyCode() + " " : "") + reply;
        return text.isBlank() ? null : text.length() > 500 ? text.substring(0, 500) : text;
    }
}
