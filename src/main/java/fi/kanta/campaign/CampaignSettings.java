package fi.kanta.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Campaign settings ({@code kanta.campaign.*}).
 *
 * @param maxScoreAgeDays a dry run warns when the newest score snapshot is older than this
 * @param samples         recipients a dry run shows
 */
@ConfigurationProperties("kanta.campaign")
public record CampaignSettings(@DefaultValue("7") int maxScoreAgeDays, @DefaultValue("10") int samples) {
}
