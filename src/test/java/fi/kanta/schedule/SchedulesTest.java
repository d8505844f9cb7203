package fi.kanta.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaign.FrequencyCap;
import fi.kanta.campaign.Campaign.Schedule;
import fi.kanta.campaign.Campaign.Selection;
import fi.kanta.campaign.ChannelType;
import fi.kanta.campaign.Period;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.schedule.ScheduleDecision.Verdict;
import fi.kanta.segment.Filter;
import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentField;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a scheduler does about a scheduled campaign, with the clock given (no sleeping): sent on
 * time in its zone, across a daylight-saving change and a year boundary; a time missed for a while
 * caught up once within the catch-up window and not after it; a run started by hand not repeated;
 * whole periods missed not sent late; a firing from before the definition's last edit never sent.
 */
class SchedulesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Duration WINDOW = Duration.ofHours(6);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private final Set<String> runs = new HashSet<>();

    @Test
    void sentWhenTheCronHasFiredInTheZoneOfTheSchedule() {
        Campaign newsletter = campaign(Period.WEEKLY, "0 0 8 * * MON");
        assertThat(verdict(newsletter, "2026-11-23T07:59:59")).isEqualTo(Verdict.NOT_YET);
        assertThat(decide(newsletter, "2026-11-23T08:00:00").runKey()).isEqualTo("2026-W48");
        assertThat(verdict(newsletter, "2026-11-23T08:00:00")).isEqualTo(Verdict.SEND);
        // 06:00 UTC is 08:00 in Helsinki (UTC+2 in November)
        assertThat(Schedules.decide(newsletter, Instant.parse("2026-11-23T05:59:00Z"), runs::contains, LONG_AGO, WINDOW, HELSINKI)
                .verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(Schedules.decide(newsletter, Instant.parse("2026-11-23T06:00:00Z"), runs::contains, LONG_AGO, WINDOW, HELSINKI)
                .verdict()).isEqualTo(Verdict.SEND);
    }

    @Test
    void aTimeMissedForAWhileIsCaughtUpOnceWithinTheCatchUpWindow() {
        Campaign newsletter = campaign(Period.WEEKLY, "0 0 8 * * MON");
        // nothing ran at 08:00; the scheduler looks at 10:00: sent once
        assertThat(verdict(newsletter, "2026-11-23T10:00:00")).isEqualTo(Verdict.SEND);
        runs.add("2026-W48");
        assertThat(verdict(newsletter, "2026-11-23T10:01:00")).isEqualTo(Verdict.STARTED);
        assertThat(verdict(newsletter, "2026-11-29T23:59:00")).isEqualTo(Verdict.STARTED);
        // the next week nobody looks until the window has passed: 14:00 is six hours, still in time; 14:01 is not
        assertThat(verdict(newsletter, "2026-11-30T14:00:00")).isEqualTo(Verdict.SEND);
        ScheduleDecision late = decide(newsletter, "2026-11-30T14:01:00");
        assertThat(late.verdict()).isEqualTo(Verdict.TOO_LATE);
        assertThat(late.runKey()).isEqualTo("2026-W49");
        assertThat(late.ago()).isEqualTo(Duration.ofMinutes(361));
        assertThat(late.next().orElseThrow().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-12-07T08:00:00"));
    }

    @Test
    void aRunStartedByHandIsNotRepeatedAndWholePeriodsMissedAreNotSentLate() {
        Campaign newsletter = campaign(Period.WEEKLY, "0 0 8 * * MON");
        // started by hand on Monday at 07:00, before the trigger: not repeated at 08:00
        runs.add("2026-W49");
        assertThat(verdict(newsletter, "2026-11-30T08:00:00")).isEqualTo(Verdict.STARTED);
        // three weeks of downtime, back on Thursday: this week's time passed days ago, the weeks before are gone
        ScheduleDecision thursday = decide(newsletter, "2026-12-24T09:00:00");
        assertThat(thursday.verdict()).isEqualTo(Verdict.TOO_LATE);
        assertThat(thursday.runKey()).isEqualTo("2026-W52");
        // back on Monday shortly after the time: only the current week's run
        assertThat(decide(newsletter, "2026-12-21T09:00:00").runKey()).isEqualTo("2026-W52");
        assertThat(verdict(newsletter, "2026-12-21T09:00:00")).isEqualTo(Verdict.SEND);
    }

    @Test
    void aScheduleMovedToATimeThatHasPassedSendsNothingUntilThatTimeComesAgain() {
        // on Sunday 6.12. 10:12 the newsletter moves from Monday to Thursday 15:30; Thursday 3.12. has passed
        Campaign thursdays = campaign(Period.WEEKLY, "0 30 15 * * THU");
        Instant edited = helsinki("2026-12-06T10:12:00");
        ScheduleDecision sunday = Schedules.decide(thursdays, helsinki("2026-12-06T10:15:00"), runs::contains, edited,
                Duration.ofDays(7), HELSINKI);
        assertThat(sunday.verdict()).as("even with a week's catch-up window").isEqualTo(Verdict.EDITED_AFTER);
        assertThat(sunday.editedAt().toInstant()).isEqualTo(edited);
        // moved on Thursday at 16:00 to 15:30 the same day: within the window, but edited after its time
        assertThat(Schedules.decide(thursdays, helsinki("2026-12-03T16:05:00"), runs::contains, helsinki("2026-12-03T16:00:00"),
                WINDOW, HELSINKI).verdict()).isEqualTo(Verdict.EDITED_AFTER);
        // the next Thursday it goes
        assertThat(Schedules.decide(thursdays, helsinki("2026-12-10T15:30:00"), runs::contains, edited, WINDOW, HELSINKI).verdict())
                .isEqualTo(Verdict.SEND);
    }

    @Test
    void theIsoWeekYearAcrossTheYearBoundary() {
        Campaign newsletter = campaign(Period.WEEKLY, "0 0 8 * * MON");
        assertThat(decide(newsletter, "2024-12-30T08:00:00").runKey()).isEqualTo("2025-W01");
        assertThat(decide(newsletter, "2027-01-04T08:00:00").runKey()).isEqualTo("2027-W01");
    }

    @Test
    void aDailyRunAcrossTheDaylightSavingChanges() {
        Campaign feedback = campaign(Period.DAILY, "0 30 3 * * *");
        // 29 March 2026: clocks jump from 03:00 to 04:00, so 03:30 never happens; the run is still due that day
        assertThat(verdict(feedback, "2026-03-29T02:59:00")).isEqualTo(Verdict.NOT_YET);
        assertThat(verdict(feedback, "2026-03-29T05:00:00")).isEqualTo(Verdict.SEND);
        assertThat(decide(feedback, "2026-03-29T05:00:00").runKey()).isEqualTo("2026-03-29");
        // 25 October 2026: 03:30 happens twice; the day's run is due once
        assertThat(decide(feedback, "2026-10-25T03:45:00").runKey()).isEqualTo("2026-10-25");
        runs.add("2026-10-25");
        assertThat(verdict(feedback, "2026-10-25T05:00:00")).isEqualTo(Verdict.STARTED);
        assertThat(verdict(feedback, "2026-10-26T03:30:00")).isEqualTo(Verdict.SEND);
    }

    @Test
    void theNextFiringIsInTheSchedulesZone() {
        Campaign newsletter = campaign(Period.WEEKLY, "0 0 8 * * MON");
        assertThat(Schedules.next(newsletter, Instant.parse("2026-11-23T06:00:00Z")).orElseThrow().toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-30T08:00:00"));
    }

    private Verdict verdict(Campaign campaign, String helsinkiTime) {
        return decide(campaign, helsinkiTime).verdict();
    }

    private ScheduleDecision decide(Campaign campaign, String helsinkiTime) {
        return Schedules.decide(campaign, helsinki(helsinkiTime), runs::contains, LONG_AGO, WINDOW, HELSINKI);
    }

    private static Instant helsinki(String time) {
        return LocalDateTime.parse(time).atZone(HELSINKI).toInstant();
    }

    private static Campaign campaign(Period period, String cron) {
        return new Campaign("newsletter", "", Campaign.Kind.NEWSLETTER, period, HELSINKI, new Segment("all", "", Filter.everyone()),
                new Selection(new FrequencyCap(false, false, 14), SegmentField.CLV_12M, OptionalInt.empty(), Optional.empty()), 0,
                List.of(new Campaign.Channel(ChannelType.EMAIL, "weekly-newsletter", ConsentChannel.NEWSLETTER, Optional.empty(),
                        Optional.empty())), Optional.empty(), Optional.of(new Schedule(cron, HELSINKI)), List.of(), Path.of("x.yml"));
    }
}
