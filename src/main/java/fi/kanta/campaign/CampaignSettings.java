package fi.kanta.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Campaign settings ({@code kanta.campaign.*}).
 *
 * @param maxScoreAgeDays a dry run warns when the newest score snapshot is older than this
 * @param samples         recipients a dry run shows
 * @param claimBatch      emails claimed (PENDING → SENDING) and handed to the mailer at once: the most
 *                        a crash can leave UNCONFIRMED
 * @param lease           a run STARTED with no heartbeat for this long is stale: {@code kanta resume} may take it over
 */
@ConfigurationProperties("kanta.campaign")
public record CampaignSettings(@DefaultValue("7") int maxScoreAgeDays, @DefaultValue("10") int samples,
        @DefaultValue("200") int claimBatch, @DefaultValue("2m") java.time.Duration lease) {
}
