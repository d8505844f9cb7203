package fi.kanta.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run killed while sending and then resumed must show (the crash tests' contract): no
 * message reached the server twice, every message it got belongs to a SENT or UNCONFIRMED row,
 * every SENT row's message arrived, every target ends SENT or UNCONFIRMED, and UNCONFIRMED (in
 * flight when the process died: maybe sent, never resent) is at most one email per SMTP connection.
 */
public final class ResumedRunContract {

    private ResumedRunContract() {
    }

    /** {@code received}: the Message-IDs the SMTP server accepted, in order, duplicates kept. */
    public static void holds(JdbcTemplate db, String campaign, String runKey, List<String> received, int connections) {
        assertThat(new HashSet<>(received)).as("no message reached the server twice").hasSize(received.size());
        assertThat(ids(db, campaign, runKey, "status IN ('SENT', 'UNCONFIRMED')")).containsAll(received);
        assertThat(received).containsAll(ids(db, campaign, runKey, "status = 'SENT'"));
        assertThat(ids(db, campaign, runKey, "recipient_group = 'TARGET' AND status NOT IN ('SENT', 'UNCONFIRMED')")).isEmpty();
        assertThat(ids(db, campaign, runKey, "status = 'UNCONFIRMED'")).as("at most one email in flight per connection")
                .hasSizeLessThanOrEqualTo(connections);
    }

    /** The Message-IDs of the run's outbox rows that meet the condition (CampaignEmails.messageId). */
    private static Set<String> ids(JdbcTemplate db, String campaign, String runKey, String condition) {
        return new HashSet<>(db.queryForList("SELECT '<' || u.run_key || '.' || CAST(r.customer_id AS VARCHAR(20)) || '.' || u.campaign || '@kanta-demo.example>'"
                + " FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id WHERE u.campaign = ? AND u.run_key = ? AND "
                + condition, String.class, campaign, runKey));
    }
}
