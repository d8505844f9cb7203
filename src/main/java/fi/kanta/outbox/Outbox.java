package fi.kanta.outbox;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.campaign.RunCounts;
import fi.kanta.campaign.RunCounts.Moves;
import fi.kanta.customer.ContactRules;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.customer.CustomerChoices;
import fi.kanta.customer.ShopSummary;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.delivery.DeliveryStatus;
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
 * The outbox's status moves (docs/architecture.md "Recipient status"), each in a transaction of its own that
 * commits before the caller goes on: a row is claimed (PENDING → SENDING, or WITHDRAWN when consent,
 * suppression or the customer's "no offers at all" changed since selection) before its message leaves, and moved to what became of
 * it after. A row found SENDING when a step starts was in flight when its process died: UNCONFIRMED,
 * never sent again. Each move adds itself to the run's kept counts ({@link RunCounts}) in its own transaction,
 * one batch per move, nothing per row; the emails claimed one at a time add theirs per window ({@link #windowAnswered}).
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
     * Claims the PENDING rows of the channel ranked from {@code fromRanking} to {@code toRanking}
     * ({@link #stillAllowed}, then PENDING → SENDING at once). Returns the customers now SENDING,
     * best-ranked first. For letters, which leave together in the run's files.
     */
    public List<Long> claim(long runId, ChannelType channel, Contact contact, long fromRanking, long toRanking,
            LocalDateTime now) {
        return own.execute(status -> {
            Moves moves = new Moves();
            List<Long> allowed = withdrawNotAllowed(runId, channel, contact, fromRanking, toRanking, now, moves);
            Timestamp at = Timestamp.valueOf(now);
            int[] moved = jdbc.batchUpdate("UPDATE campaign_recipient SET status = 'SENDING', status_at = ? WHERE run_id = ?"
                    + " AND customer_id = ? AND status = 'PENDING'", allowed.stream().map(id -> new Object[] {at, runId, id}).toList());
            // a row another sender claimed since the SELECT is not ours: sending it too would be a duplicate
            List<Long> claimed = new ArrayList<>();
            for (int i = 0; i < allowed.size(); i++) {
                if (moved[i] != 0) {
                    claimed.add(allowed.get(i));
                }
            }
            RunCounts.add(jdbc, runId, moves.move(channel, "PENDING", "SENDING", claimed.size()));
            return claimed;
        });
    }

    /**
     * The PENDING rows of the channel ranked from {@code fromRanking} to {@code toRanking} that
     * consent and suppression still allow, best-ranked first; the others become WITHDRAWN, in the
     * same transaction. (Windows of rankings: "the next n PENDING rows" made HSQLDB sort every
     * pending row of the run for every batch.) Emails are then claimed one at a time, as each
     * leaves ({@link #handOver}).
     */
    public List<Long> stillAllowed(long runId, ChannelType channel, Contact contact, long fromRanking, long toRanking,
            LocalDateTime now) {
        return own.execute(status -> {
            Moves moves = new Moves();
            List<Long> allowed = withdrawNotAllowed(runId, channel, contact, fromRanking, toRanking, now, moves);
            if (!allowed.isEmpty()) {
                RunCounts.windowOpens(jdbc, runId); // the run's row before its count rows, as a recount locks them
            }
            RunCounts.add(jdbc, runId, moves);
            return allowed;
        });
    }

    /**
     * The answers of a window's emails are in ({@link #handOver} recorded each as it came, without
     * counting): each email handed over moved PENDING → SENDING → its answer; adds those moves to the
     * run's kept counts and ends the window {@link #stillAllowed} opened.
     */
    public void windowAnswered(long runId, ChannelType channel, List<DeliveryOutcome> outcomes) {
        Moves moves = new Moves();
        for (DeliveryOutcome outcome : outcomes) {
            if (outcome.status() != DeliveryStatus.SKIPPED) {
                moves.move(channel, "PENDING", RecipientStatus.of(outcome.status()).name(), 1);
            }
        }
        own.executeWithoutResult(status -> RunCounts.windowCloses(jdbc, runId, moves));
    }

    /**
     * What a claimed message is checked against: its channel's consent, and for a feedback question
     * the customer's feedback choice too; every message, the customer's "no offers at all"; and when
     * the profile chose whom the run reaches ({@link Campaign#choosesByProfile}), "do not profile me"
     * for those who were selected with their profile.
     */
    record Contact(ConsentChannel consent, boolean feedbackQuestion, boolean chosenByProfile, int defaultReward) {

        /** {@code defaultReward}: the number of the offer's last reward when the profile may have chosen another, else 0. */
        static Contact of(Campaign campaign, ChannelType channel) {
            return new Contact(campaign.channel(channel).orElseThrow().consent(), campaign.kind() == Campaign.Kind.FEEDBACK,
                    campaign.choosesByProfile(), campaign.offer().filter(offer -> offer.rewards().size() > 1)
                            .map(offer -> offer.rewards().size()).orElse(0));
        }
    }

    private List<Long> withdrawNotAllowed(long runId, ChannelType channel, Contact contact, long fromRanking, long toRanking,
            LocalDateTime now, Moves moves) {
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
                    + ") AND (NOT ", part.toArray()).plus(ContactRules.allowedEach(contact.consent(), contact.feedbackQuestion()));
            if (contact.chosenByProfile()) {
                // selected with their profile (a value tier; those who had already said no have none), and said no since
                notAllowed = notAllowed.plus(" OR (" + CustomerChoices.NOT_PROFILED_EACH + " AND EXISTS (SELECT 1 FROM campaign_recipient r"
                        + " WHERE r.run_id = ? AND r.customer_id = c.id AND r.value_tier IS NOT NULL))", runId);
            }
            notAllowed = notAllowed.plus(")");
            withdrawn.addAll(jdbc.queryForList(notAllowed.text(), Long.class, notAllowed.args()));
        }
        Timestamp at = Timestamp.valueOf(now);
        int[] moved = jdbc.batchUpdate("UPDATE campaign_recipient SET status = 'WITHDRAWN', status_at = ? WHERE run_id = ? AND customer_id = ?"
                + " AND status = 'PENDING'", withdrawn.stream().map(id -> new Object[] {at, runId, id}).toList());
        moves.move(channel, "PENDING", "WITHDRAWN", java.util.Arrays.stream(moved).filter(n -> n > 0).count());
        if (contact.defaultReward() > 0) {
            // "do not profile me" chosen since the selection: the default reward, written on the row before the
            // message is made, so that the message, the export and the report still agree
            jdbc.update("UPDATE campaign_recipient r SET reward = ? WHERE r.run_id = ? AND r.channel = ? AND r.status = 'PENDING'"
                    + " AND r.ranking BETWEEN ? AND ? AND r.reward <> ? AND " + CustomerChoices.notProfiled("r.customer_id"),
                    contact.defaultReward(), runId, channel.id(), fromRanking, toRanking,
                    contact.defaultReward());
        }
        return ids.stream().filter(id -> !withdrawn.contains(id)).toList();
    }

    /**
     * One email's step out, in one transaction: records what became of the sending thread's
     * previous email ({@code answeredCustomer}, or null) and claims {@code nextCustomer} (or null),
     * PENDING → SENDING. Returns whether the next email is ours to send. So at most one row per
     * sending thread is ever SENDING: after a crash only those are UNCONFIRMED.
     */
    public boolean handOver(long runId, Long answeredCustomer, DeliveryOutcome answer, Long nextCustomer, LocalDateTime now) {
        return own.execute(status -> {
            Timestamp at = Timestamp.valueOf(now);
            if (answeredCustomer != null) {
                jdbc.update("UPDATE campaign_recipient SET status = ?, status_at = ?, detail = ? WHERE run_id = ? AND customer_id = ?",
                        RecipientStatus.of(answer.status()).name(), at, detail(answer), runId, answeredCustomer);
            }
            return nextCustomer == null || jdbc.update("UPDATE campaign_recipient SET status = 'SENDING', status_at = ?"
                    + " WHERE run_id = ? AND customer_id = ? AND status = 'PENDING'", at, runId, nextCustomer) == 1;
        });
    }

    /**
     * Records what became of each claimed message (same order as {@code customers}). A permanent
     * refusal of the mailbox makes the row BOUNCED; its address is suppressed by
     * {@link #suppressBounces} once the run's first answers are trusted.
     */
    public void record(long runId, List<Long> customers, List<DeliveryOutcome> outcomes, LocalDateTime now) {
        if (customers.isEmpty()) {
            return;
        }
        own.executeWithoutResult(status -> {
            // where each row stood (PENDING for an email that could not be made), read once for the batch
            java.util.Map<Long, String[]> before = new java.util.HashMap<>();
            for (int from = 0; from < customers.size(); from += 1000) {
                List<Long> part = customers.subList(from, Math.min(customers.size(), from + 1000));
                List<Object> args = new ArrayList<>(List.of(runId));
                args.addAll(part);
                jdbc.query("SELECT customer_id, channel, status FROM campaign_recipient WHERE run_id = ? AND customer_id IN ("
                        + String.join(", ", Collections.nCopies(part.size(), "?")) + ")", row -> {
                            before.put(row.getLong(1), new String[] {row.getString(2), row.getString(3)});
                        }, args.toArray());
            }
            List<Object[]> updates = new ArrayList<>();
            Moves moves = new Moves();
            for (int i = 0; i < customers.size(); i++) {
                DeliveryOutcome outcome = outcomes.get(i);
                String becomes = RecipientStatus.of(outcome.status()).name();
                updates.add(new Object[] {becomes, Timestamp.valueOf(now), detail(outcome), runId, customers.get(i)});
                String[] was = before.get(customers.get(i));
                if (was != null) {
                    moves.change(was[0], was[1], -1).change(was[0], becomes, 1);
                }
            }
            jdbc.batchUpdate("UPDATE campaign_recipient SET status = ?, status_at = ?, detail = ? WHERE run_id = ? AND customer_id = ?",
                    updates);
            RunCounts.add(jdbc, runId, moves);
        });
    }

    /**
     * Suppresses the addresses of the run's BOUNCED rows that no suppression of this run covers
     * yet: those of {@code customers}, or with none given, all of the run's (the bounces held while
     * the run's first answers were not yet trusted). Returns how many were written.
     */
    public int suppressBounces(long runId, ChannelType channel, List<Long> customers) {
        String insert = "INSERT INTO suppression (email_key, customer_id, reason, suppressed_at, source, run_id)"
                + " SELECT c.email_key, NULL, 'BOUNCED', r.status_at, SUBSTRING('smtp ' || COALESCE(r.detail, '') FROM 1 FOR 100),"
                + " r.run_id FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " WHERE r.run_id = ? AND r.channel = ? AND r.status = 'BOUNCED' AND c.email_key IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.email_key = c.email_key AND s.run_id = r.run_id)";
        return own.execute(status -> {
            int written = customers == null ? jdbc.update(insert, runId, channel.id())
                    : java.util.Arrays.stream(jdbc.batchUpdate(insert + " AND r.customer_id = ?", customers.stream()
                            .map(customer -> new Object[] {runId, channel.id(), customer}).toList())).sum();
            if (written > 0) {
                ShopSummary.changed(jdbc, java.util.Set.of(ShopSummary.Fact.SUPPRESSIONS));
            }
            return written;
        });
    }

    /**
     * When a run stops because its server refused too much: the bounces it held (BOUNCED, not
     * suppressed) are taken for the server's fault and become FAILED, so {@code resume} tries them
     * again. Returns how many.
     */
    public int releaseHeldBounces(long runId, ChannelType channel, LocalDateTime now) {
        return own.execute(status -> {
            int released = jdbc.update("UPDATE campaign_recipient SET status = 'FAILED', status_at = ?"
                    + " WHERE run_id = ? AND channel = ? AND status = 'BOUNCED' AND NOT EXISTS (SELECT 1 FROM suppression s"
                    + " JOIN customer c ON c.email_key = s.email_key WHERE c.id = campaign_recipient.customer_id AND s.run_id = ?)",
                    Timestamp.valueOf(now), runId, channel.id(), runId);
            RunCounts.add(jdbc, runId, new Moves().move(channel, "BOUNCED", "FAILED", released));
            return released;
        });
    }

    /**
     * Letters whose print files are written: PRINTED until the marketer marks them posted
     * ({@code kanta letters posted}); a printed letter is in the post room, not with the customer.
     */
    public void markPrinted(long runId, List<Long> customers, LocalDateTime now) {
        own.executeWithoutResult(status -> {
            int[] printed = jdbc.batchUpdate("UPDATE campaign_recipient SET status = 'PRINTED', status_at = ?"
                    + " WHERE run_id = ? AND customer_id = ? AND status = 'SENDING'",
                    customers.stream().map(c -> new Object[] {Timestamp.valueOf(now), runId, c}).toList());
            RunCounts.add(jdbc, runId, new Moves().move(ChannelType.LETTER, "SENDING", "PRINTED",
                    java.util.Arrays.stream(printed).filter(n -> n > 0).count()));
        });
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
            // a step's start: the run's counts made whole, also after a process that died in a window of emails
            RunCounts.recount(jdbc, runId);
            return sendingMayHaveLeft ? unconfirmed : 0;
        });
    }

    /**
     * {@code kanta resume --resend-unconfirmed}: the run's emails that may not have arrived
     * (UNCONFIRMED, or SENDING when their process died) go out again, marked as resent. Only for a
     * run whose process is surely gone. Returns how many.
     */
    public int resendUnconfirmed(long runId, LocalDateTime now) {
        return own.execute(status -> {
            int again = jdbc.update("UPDATE campaign_recipient SET status = 'PENDING', status_at = ?, resent = TRUE"
                    + " WHERE run_id = ? AND channel = ? AND status IN ('UNCONFIRMED', 'SENDING')", Timestamp.valueOf(now), runId,
                    ChannelType.EMAIL.id());
            RunCounts.recount(jdbc, runId); // once, before a resume: rows from two statuses
            return again;
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
        // the server's reply usually starts with its code already
        String code = outcome.replyCode() > 0 ? String.valueOf(outcome.replyCode()) : "";
        String text = reply.startsWith(code) ? reply : code + " " + reply;
        return text.isBlank() ? null : text.length() > 500 ? text.substring(0, 500) : text;
    }
}
