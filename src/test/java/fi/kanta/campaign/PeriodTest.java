package fi.kanta.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Run keys name the period a launch falls in, in the campaign's time zone (docs/architecture.md "Job identity"). */
class PeriodTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void dailyWeeklyAndMonthlyKeys() {
        ZonedDateTime monday = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, HELSINKI);
        assertThat(Period.DAILY.runKey(monday)).isEqualTo("2026-11-23");
        assertThat(Period.WEEKLY.runKey(monday)).isEqualTo("2026-W48");
        assertThat(Period.MONTHLY.runKey(monday)).isEqualTo("2026-11");
    }

    @Test
    void weeksBelongToTheIsoWeekYearAcrossTheYearBoundary() {
        assertThat(Period.WEEKLY.runKey(ZonedDateTime.of(2024, 12, 30, 12, 0, 0, 0, HELSINKI))).isEqualTo("2025-W01");
        assertThat(Period.WEEKLY.runKey(ZonedDateTime.of(2021, 1, 3, 12, 0, 0, 0, HELSINKI))).isEqualTo("2020-W53");
        assertThat(Period.WEEKLY.runKey(ZonedDateTime.of(2026, 1, 5, 0, 30, 0, 0, HELSINKI))).isEqualTo("2026-W02");
    }

    @Test
    void theKeyIsTakenInTheCampaignsZone() {
        // Sunday 23:30 in London is already Monday 01:30 in Helsinki: a new day and a new week there
        ZonedDateTime london = ZonedDateTime.of(2026, 11, 22, 23, 30, 0, 0, ZoneId.of("Europe/London"));
        assertThat(Period.WEEKLY.runKey(london)).isEqualTo("2026-W47");
        assertThat(Period.WEEKLY.runKey(london.withZoneSameInstant(HELSINKI))).isEqualTo("2026-W48");
        assertThat(Period.DAILY.runKey(london.withZoneSameInstant(HELSINKI))).isEqualTo("2026-11-23");
    }
}
