package fi.kanta.campaign;

import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * A campaign's period, which names its runs (docs/architecture.md "Job identity"): the run key is the period
 * that the launch time falls in, in the campaign's time zone, so a manual and a scheduled launch
 * of the same week are the same run.
 */
public enum Period {
    DAILY("daily"), WEEKLY("weekly"), MONTHLY("monthly");

    private final String id;

    Period(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The period as a noun: day, week, month. */
    public String noun() {
        return switch (this) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
        };
    }

    /** When the period holding {@code when} began, in {@code when}'s zone. */
    public ZonedDateTime start(ZonedDateTime when) {
        ZonedDateTime day = when.toLocalDate().atStartOfDay(when.getZone());
        return switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.minusDays(when.getDayOfWeek().getValue() - 1L);
            case MONTHLY -> day.withDayOfMonth(1);
        };
    }

    /** {@code 2026-11-23}, {@code 2026-W48} (ISO week-year: 2024-12-30 is 2025-W01) or {@code 2026-11}. */
    public String runKey(ZonedDateTime when) {
        return switch (this) {
            case DAILY -> when.toLocalDate().toString();
            case WEEKLY -> String.format("%d-W%02d", when.get(IsoFields.WEEK_BASED_YEAR), when.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> String.format("%d-%02d", when.getYear(), when.getMonthValue());
        };
    }
}
