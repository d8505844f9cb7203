package fi.kanta.outbox;

import fi.kanta.campaign.ChannelType;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.SaidError;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import fi.kanta.campaign.RunCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code kanta letters posted RUN}: a run's printed letters are handed to the post, so they become
 * SENT (docs/architecture.md "Recipient status"). Until then the report counts them as printed,
 * not yet posted: a print file on disk has reached no one.
 */
@Service
public class LetterPosting {

    private final JdbcTemplate jdbc;
    private final ShopSettings shop;
    private final TransactionTemplate transaction;

    LetterPosting(JdbcTemplate jdbc, ShopSettings shop, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.shop = shop;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What marking did: the letters marked posted now, those marked before, and those not printed
     * yet (the run has not printed them, or is printing them now).
     */
    public record Posted(String run, LocalDate postedOn, long letters, long postedBefore, long notPrinted) {
    }

    /**
     * Marks the run's PRINTED letters SENT, posted on {@code date} (empty: today in the shop's time
     * zone), which may be neither before the run's selection nor after today.
     */
    public Posted markPosted(String run, Optional<LocalDate> date) {
        int slash = run.indexOf('/');
        List<Map<String, Object>> runs = slash < 1 ? List.of() : jdbc.queryForList(
                "SELECT id, selected_at FROM campaign_run WHERE campaign = ? AND run_key = ?", run.substring(0, slash),
                run.substring(slash + 1));
        if (runs.isEmpty()) {
            throw new SaidError("run.none", run);
        }
        long runId = ((Number) runs.get(0).get("id")).longValue();
        LocalDate selected = ((Timestamp) runs.get(0).get("selected_at")).toLocalDateTime().toLocalDate();
        LocalDateTime now = LocalDateTime.now(shop.timeZone());
        LocalDate postedOn = date.orElse(now.toLocalDate());
        if (postedOn.isAfter(now.toLocalDate())) {
            throw new SaidError("letters.posted.future", postedOn.toString(), now.toLocalDate().toString());
        }
        if (postedOn.isBefore(selected)) {
            throw new SaidError("letters.posted.before-run", postedOn.toString(), run, selected.toString());
        }
        LocalDateTime at = postedOn.equals(now.toLocalDate()) ? now : postedOn.atStartOfDay();
        int marked = transaction.execute(status -> {
            int posted = jdbc.update("UPDATE campaign_recipient SET status = 'SENT', status_at = ? WHERE run_id = ? AND channel = ?"
                    + " AND status = 'PRINTED'", Timestamp.valueOf(at), runId, ChannelType.LETTER.id());
            RunCounts.add(jdbc, runId, new RunCounts.Moves().move(ChannelType.LETTER, "PRINTED", "SENT", posted));
            return posted;
        });
        long postedBefore = letters(runId, "status = 'SENT'") - marked;
        long notPrinted = letters(runId, "status IN ('PENDING', 'SENDING', 'FAILED')");
        if (marked == 0 && postedBefore == 0 && notPrinted == 0) {
            throw new SaidError("letters.posted.none", run);
        }
        return new Posted(run, postedOn, marked, postedBefore, notPrinted);
    }

    private long letters(long runId, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE run_id = ? AND channel = ? AND recipient_group ="
                + " 'TARGET' AND " + condition, Long.class, runId, ChannelType.LETTER.id());
    }
}
