package fi.kanta.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaign.FrequencyCap;
import fi.kanta.campaign.Campaign.Schedule;
import fi.kanta.campaign.Campaign.Selection;
import fi.kanta.campaign.ChannelType;
import fi.kanta.campaign.Period;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.segment.Filter;
import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentField;
import java.nio.file.Path;
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
 * When a scheduled campaign is due, with the clock given (no sleeping): on time in its zone,
 * across a daylight-saving change and a year boundary; a missed trigger caught up once; a run
 * started by hand not repeated; whole periods missed not sent late.
 */
class SchedulesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private final Set<String> runs = new HashSet<>();

    @Test
    void dueWhenTheCronHasFiredInTheZoneOfTheSchedule() {
        Campaign newsletter = campaign(Period.WEEKLY, "0 0 8 * * MON");
        assertThat(due(newsletter, "2026-11-23T07:59:59")).isEmpty();
        assertThat(due(newsletter, "2026-11-23T08:00:00")).contains("2026-W48");
        // 06:00 UTC is 08:00 in Helsinki (UTC+2 in November)
        assertThat(Schedules.due(newsletter, Instant.parse("2026-11-23T05:59:00Z"), runs::contains)).isEmpty();
        assertThat(Schedules.due(newsletter, Instant.parse("2026-11-23T06:00:00Z"), runs::contains)).isPresent();
    }

    @Test
    void aMissedTriggerIsCaughtUpOnceAndAManualRunIsNotRepeated() {
        Campaign newsletter = campaign(Period.WEEKLY, "0 0 8 * * MON");
        // nothing ran at 08:00; the scheduler looks at 10:00: due once
        assertThat(due(newsletter, "2026-11-23T10:00:00")).contains("2026-W48");
        runs.add("2026-W48");
        assertThat(due(newsletter, "2026-11-23T10:01:00")).isEmpty();
        assertThat(due(newsletter, "2026-11-29T23:59:00")).isEmpty();
        // next week's was started by hand on Monday at 07:00, before the trigger: not repeated at 08:00
        runs.add("2026-W49");
        assertThat(due(newsletter, "2026-11-30T08:00:00")).isEmpty();
        // three weeks of downtime: only the current week's run, not the ones missed before it
        assertThat(due(newsletter, "2026-12-21T09:00:00")).contains("2026-W52");
    }

    @Test
    void theIsoWeekYearAcrossTheYearBoundary() {
        Campaign newsletter = campaign(Period.WEEKLY, "0 0 8 * * MON");
        assertThat(due(newsletter, "2024-12-30T08:00:00")).contains("2025-W01");
        assertThat(due(newsletter, "2027-01-04T08:00:00")).contains("2027-W01");
    }

    @Test
    void aDailyRunAcrossTheDaylightSavingChanges() {
        Campaign feedback = campaign(Period.DAILY, "0 30 3 * * *");
        // 29 March 2026: clocks jump from 03:00 to 04:00, so 03:30 never happens; the run is still due that day
        assertThat(due(feedback, "2026-03-29T02:59:00")).isEmpty();
        assertThat(due(feedback, "2026-03-29T05:00:00")).contains("2026-03-29");
        // 25 October 2026: 03:30 happens twice; the day's run is due once
        assertThat(due(feedback, "2026-10-25T03:45:00")).contains("2026-10-25");
        runs.add("2026-10-25");
        assertThat(due(feedback, "2026-10-25T05:00:00")).isEmpty();
        assertThat(due(feedback, "2026-10-26T03:30:00")).contains("2026-10-26");
    }

    @Test
    void theNextFiringIsInTheSchedulesZone() {
        Campaign newsletter = campaign(Period.WEEKLY, "0 0 8 * * MON");
        assertThat(Schedules.next(newsletter, Instant.parse("2026-11-23T06:00:00Z")).orElseThrow().toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-30T08:00:00"));
    }

    private Optional<String> due(Campaign campaign, String helsinkiTime) {
        Instant now = LocalDateTime.parse(helsinkiTime).atZone(HELSINKI).toInstant();
        return Schedules.due(campaign, now, runs::contains).map(ScheduledRun::runKey);
    }

    private static Campaign campaign(Period period, String cron) {
        return new Campaign("newsletter", "", Campaign.Kind.NEWSLETTER, period, HELSINKI, new Segment("all", "", Filter.everyone()),
                new Selection(new FrequencyCap(false, false, 14), SegmentField.CLV_12M, OptionalInt.empty(), Optional.empty()), 0,
                List.of(new Campaign.Channel(ChannelType.EMAIL, "weekly-newsletter", ConsentChannel.NEWSLETTER, Optional.empty(),
                        Optional.empty())), Optional.empty(), Optional.of(new Schedule(cron, HELSINKI)), List.of(), Path.of("x.yml"));
    }
}
