package fi.kanta.schedule;

import fi.kanta.campaign.Campaign;
import java.time.ZonedDateTime;

/** A scheduled campaign's run that is due: the cron fired at {@code firedAt} in the run's period. */
public record ScheduledRun(Campaign campaign, String runKey, ZonedDateTime firedAt) {
}
