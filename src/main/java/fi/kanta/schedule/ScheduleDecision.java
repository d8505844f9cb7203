package fi.kanta.schedule;

import fi.kanta.campaign.Campaign;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What {@code kanta serve} does about one scheduled campaign at a moment, and why; times are in the
 * shop's time zone.
 *
 * @param period   the noun of the campaign's period (day, week, month)
 * @param runKey   the period's run key: of the last firing, or of now when the cron has not fired this period
 * @param firedAt  the cron's last firing in the current period, if it fired
 * @param next     the cron's next firing after now
 * @param editedAt when the definition got its present text (see {@link DefinitionEdits})
 * @param ago      how long ago it fired (zero when it did not)
 * @param window   the catch-up window ({@code kanta.schedule.catch-up-window})
 */
public record ScheduleDecision(Campaign campaign, Verdict verdict, String period, String runKey, Optional<ZonedDateTime> firedAt,
                               Optional<ZonedDateTime> next, ZonedDateTime editedAt, Duration ago, Duration window) {

    /** What happens to the period's run. */
    public enum Verdict {
        /** the cron fired this period, within the catch-up window and after the last edit: sent now */
        SEND,
        /** fired more than the catch-up window ago: not sent late */
        TOO_LATE,
        /** fired before the definition's last edit: never sent */
        EDITED_AFTER,
        /** the period's run exists (by the schedule or by hand): not repeated */
        STARTED,
        /** the cron has not fired yet this period */
        NOT_YET
    }

    public String name() {
        return campaign.name();
    }

    public Campaign.Schedule schedule() {
        return campaign.schedule().orElseThrow();
    }
}
