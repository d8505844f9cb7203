package fi.kanta.schedule;

import fi.kanta.campaign.Campaign;
import fi.kanta.schedule.ScheduleDecision.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.scheduling.support.CronExpression;

/**
 * When scheduled campaigns are due (docs/architecture.md "Job identity", Schedules). The rule: look
 * at the cron's last firing since the start of the current period (day, ISO week, month, in the
 * schedule's zone, cron times read as wall-clock times). The period's run is sent when it does not
 * exist yet, the firing is at most the catch-up window ago, and the definition was not edited after
 * it. So a trigger missed for a short while (serve restarted) is caught up once; a run already
 * started by hand is not repeated; a time long past is not sent late; and moving the schedule to a
 * time that has already passed sends nothing until that time comes again.
 */
public final class Schedules {

    private Schedules() {
    }

    /**
     * The decision for a scheduled campaign at {@code now}; {@code exists} says whether a run key
     * already has a run. Times in the result are in {@code shown}, the shop's zone.
     */
    public static ScheduleDecision decide(Campaign campaign, Instant now, Predicate<String> exists, Instant editedAt, Duration window,
                                          ZoneId shown) {
        Campaign.Schedule schedule = campaign.schedule().orElseThrow();
        ZonedDateTime local = now.atZone(schedule.zone());
        Optional<ZonedDateTime> fired = lastFiring(CronExpression.parse(schedule.cron()),
                campaign.period().start(local).toLocalDateTime(), local.toLocalDateTime()).map(at -> at.atZone(local.getZone()));
        String runKey = campaign.period().runKey(fired.orElse(local).withZoneSameInstant(campaign.zone()));
        Duration ago = fired.map(at -> Duration.between(at.toInstant(), now)).orElse(Duration.ZERO);
        Verdict verdict;
        if (exists.test(runKey)) {
            verdict = Verdict.STARTED;
        } else if (fired.isEmpty()) {
            verdict = Verdict.NOT_YET;
        } else if (fired.get().toInstant().isBefore(editedAt)) {
            verdict = Verdict.EDITED_AFTER;
        } else if (ago.compareTo(window) > 0) {
            verdict = Verdict.TOO_LATE;
        } else {
            verdict = Verdict.SEND;
        }
        return new ScheduleDecision(campaign, verdict, campaign.period().noun(), runKey, fired.map(at -> at.withZoneSameInstant(shown)),
                next(campaign, now).map(at -> at.withZoneSameInstant(shown)), editedAt.atZone(shown), ago, window);
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
