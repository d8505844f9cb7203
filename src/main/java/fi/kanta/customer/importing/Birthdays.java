package fi.kanta.customer.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday as shops export it, kept as month and day only: a birthday campaign needs no year, so
 * a year in the file is checked (1985-02-29 is no date) and then dropped. 29 February is a birthday.
 */
final class Birthdays {

    /** 1985-03-14, with an optional time after it (an Excel date cell reads as 1985-03-14). */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    /** --03-14, ISO 8601's month and day without a year. */
    private static final Pattern ISO_NO_YEAR = Pattern.compile("--(\\d{1,2})-(\\d{1,2})");
    /** 14.3.1985, 14.3.85, 14.3. and 14.3, as Finns and Swedes write dates. */
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.?(\\d{2}|\\d{4})?");
    /** 19850314, as some Nordic systems export dates. */
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SLASHED = Pattern.compile("\\d{1,4}/\\d{1,2}(?:/\\d{1,4})?");

    private Birthdays() {
    }

    static MonthDay parse(String text) {
        String s = text.strip();
        if (SLASHED.matcher(s).matches()) {
            // 3/4 is 3 April in Finland and 4 March in an American export: a guess would greet on the wrong day
            throw new ValueProblem("import.value.birthday-slashes");
        }
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            return withYear(number(m, 1), number(m, 2), number(m, 3));
        }
        if ((m = COMPACT.matcher(s)).matches()) {
            return withYear(number(m, 1), number(m, 2), number(m, 3));
        }
        if ((m = ISO_NO_YEAR.matcher(s)).matches()) {
            return monthDay(number(m, 1), number(m, 2));
        }
        if ((m = DOTTED.matcher(s)).matches()) {
            // a two-digit year cannot be checked for 29 February (1900 or 2000?), so only the day and month are
            return m.group(3) != null && m.group(3).length() == 4 ? withYear(number(m, 3), number(m, 2), number(m, 1))
                    : monthDay(number(m, 2), number(m, 1));
        }
        throw new ValueProblem("import.value.birthday");
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static MonthDay withYear(int year, int month, int day) {
        try {
            return MonthDay.from(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            throw month == 2 && day == 29 ? new ValueProblem("import.value.birthday-no-leap-day", String.valueOf(year))
                    : new ValueProblem("import.value.birthday-no-such-day");
        }
    }

    private static MonthDay monthDay(int month, int day) {
        try {
            return MonthDay.of(month, day); // allows 29 February
        } catch (DateTimeException e) {
            throw new ValueProblem("import.value.birthday-day-of-year", day, month);
        }
    }
}
