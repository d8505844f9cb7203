package fi.kanta.segment;

import fi.kanta.sql.Sql;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * "Birthday within the next N days", today included: the days from today to today + N as ranges of
 * birthdays written month × 100 + day (314 is 14 March), one range per calendar year the window
 * touches, so a window over New Year is two ranges and the SQL does no date arithmetic. In a year
 * without 29 February, those born on it have their birthday on the 28th.
 */
final class BirthdayWindow {

    private BirthdayWindow() {
    }

    /** The condition on {@code birthday} (SQL giving month × 100 + day). */
    static Sql sql(Sql birthday, LocalDate today, int days) {
        List<Sql> ranges = new ArrayList<>();
        for (int[] range : ranges(today, Math.min(days, 366))) {
            ranges.add(birthday.plus(" BETWEEN ? AND ?", range[0], range[1]));
        }
        return Sql.of("(").plus(Sql.join(" OR ", ranges)).plus(")");
    }

    /** The [first, last] birthdays (month × 100 + day) of the window, per calendar year. */
    static List<int[]> ranges(LocalDate today, int days) {
        List<int[]> ranges = new ArrayList<>();
        LocalDate start = today;
        LocalDate last = today.plusDays(days);
        while (!start.isAfter(last)) {
            LocalDate yearEnd = LocalDate.of(start.getYear(), 12, 31);
            LocalDate end = last.isBefore(yearEnd) ? last : yearEnd;
            int to = code(end);
            if (!end.isLeapYear() && end.getMonthValue() == 2 && end.getDayOfMonth() == 28) {
                to = code(MonthDay.of(2, 29)); // the leap-day born celebrate on the 28th this year
            }
            ranges.add(new int[] {code(start), to});
            start = end.plusDays(1);
        }
        return ranges;
    }

    private static int code(LocalDate date) {
        return code(MonthDay.from(date));
    }

    private static int code(MonthDay day) {
        return day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}
