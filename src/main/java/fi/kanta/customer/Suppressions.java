package fi.kanta.customer;

import fi.kanta.words.SaidError;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lifts the suppressions a campaign run wrote by mistake (a relay that refused everything made
 * every address look bounced). The lifted rows move to {@code suppression_lifted} with the reason
 * given, so the list's history stays whole; consents are untouched.
 */
@Service
public class Suppressions {

    private final JdbcTemplate jdbc;

    public Suppressions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What lifting a run's suppressions did. */
    /**
     * Suppresses one customer on every channel at their own request, taken by a person (the console):
     * reason UNSUBSCRIBED, so only the customer's own newer double opt-in lifts it (docs/architecture.md
     * "Consent and suppression"). Returns false when they are suppressed so already, and adds nothing.
     */
    public boolean suppressCustomer(long customerId, String source, LocalDateTime now) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM suppression WHERE customer_id = ? AND reason = 'UNSUBSCRIBED'",
                Long.class, customerId);
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.update("INSERT INTO suppression (customer_id, reason, suppressed_at, source) VALUES (?, 'UNSUBSCRIBED', ?, ?)",
                customerId, now, source);
        ShopSummary.changed(jdbc, java.util.Set.of(ShopSummary.Fact.SUPPRESSIONS));
        return true;
    }

    public record Lifted(String run, int suppressions) {
    }

    /**
     * Lifts every suppression run {@code campaign/runKey} wrote. Runs from before suppressions
     * named their run are matched by the run's BOUNCED rows: same address, same moment.
     */
    @Transactional
    public Lifted liftRun(String run, String reason, LocalDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw new SaidError("suppressions.lift.reason");
        }
        String[] parts = run.split("/", 2);
        List<Long> runIds = parts.length < 2 ? List.of() : jdbc.queryForList(
                "SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class, parts[0], parts[1]);
        if (runIds.isEmpty()) {
            throw new SaidError("run.none", run);
        }
        long runId = runIds.get(0);
        List<Long> ids = jdbc.queryForList("SELECT s.id FROM suppression s WHERE s.run_id = ?"
                + " UNION SELECT s.id FROM suppression s JOIN customer c ON c.email_key = s.email_key"
                + " JOIN campaign_recipient r ON r.customer_id = c.id AND r.run_id = ? AND r.status = 'BOUNCED'"
                + " WHERE s.run_id IS NULL AND s.reason = 'BOUNCED' AND s.source LIKE 'smtp %' AND s.suppressed_at = r.status_at",
                Long.class, runId, runId);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            String in = String.join(", ", Collections.nCopies(part.size(), "?"));
            Object[] args = new Object[part.size() + 3];
            args[0] = runId;
            args[1] = Timestamp.valueOf(now);
            args[2] = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
            System.arraycopy(part.toArray(), 0, args, 3, part.size());
            jdbc.update("INSERT INTO suppression_lifted (id, email_key, customer_id, reason, suppressed_at, source, run_id,"
                    + " lifted_at, lift_reason) SELECT id, email_key, customer_id, reason, suppressed_at, source, ?, ?, ?"
                    + " FROM suppression WHERE id IN (" + in + ")", args);
            jdbc.update("DELETE FROM suppression WHERE id IN (" + in + ")", part.toArray());
        }
        ShopSummary.changed(jdbc, java.util.Set.of(ShopSummary.Fact.SUPPRESSIONS));
        return new Lifted(run, ids.size());
    }
}
