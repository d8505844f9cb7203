package fi.kanta.schedule;

import fi.kanta.campaign.Campaign;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.scheduling.support.CronExpression;

/**
 * When scheduled campaigns are due (docs/architecture.md "Job identity"). The rule: a campaign is due when its
 * cron has fired at least once since the start of the current period (day, ISO week, month, in the
 * schedule's zone, cron times read as wall-clock times) and that period's run does not exist yet. So a trigger missed while nothing was
 * running is caught up once, as soon as a scheduler looks; a run already started by hand is not
 * repeated; and periods missed entirely are not sent late (a newsletter from two weeks ago is news
 * no longer).
 */
public final class Schedules {

    private Schedules() {
    }

    /** The run due at {@code now}, if any; {@code exists} says whether a run key already has a run. */
    public static Optional<ScheduledRun> due(Campaign campaign, Instant now, Predicate<String> exists) {
        Optional<Campaign.Schedule> schedule = campaign.schedule();
        if (schedule.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(schedule.get().zone());
        Optional<ZonedDateTime> fired = lastFiring(CronExpression.parse(schedule.get().cron()),
                campaign.period().start(local).toLocalDateTime(), local.toLocalDateTime()).map(at -> at.atZone(local.getZone()));
        if (fired.isEmpty()) {
            return Optional.empty();
        }
        String runKey = campaign.period().runKey(fired.get().withZoneSameInstant(campaign.zone()));
        return exists.test(runKey) ? Optional.empty() : Optional.of(new ScheduledRun(campaign, runKey, fired.get()));
    }

    /** The next time the cron fires after {@code now}. */
    public static Optional<ZonedDateTime> next(Campaign campaign, Instant now) {
        return campaign.schedule().map(s -> CronExpression.parse(s.cron()).next(now.atZone(s.zone()).toLocalDateTime()).atZone(s.zone()));
    }

    /**
     * The last firing in [from, until], if the cron fired in it. Firings are wall-clock times
     * (local date-times): a time that daylight saving skips (03:30 on the last Sunday of March in
     * Helsinki) still fires, at the first moment after the gap, and a time that happens twice (in
     * October) fires once. (Spring's cron on zoned times would skip the first entirely.)
     */
    private static Optional<LocalDateTime> lastFiring(CronExpression cron, LocalDateTime from, LocalDateTime until) {
        LocalDateTime last = null;
        for (LocalDateTime at = cron.next(from.minusSeconds(1)); at != null && !at.isAfter(until); at = cron.next(at)) {
            last = at;
        }
        return Optional.ofNullable(last);
    }
}
