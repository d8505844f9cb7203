package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** Birthdays in the forms shops export them, kept as month and day; slashes are refused, not guessed. */
class BirthdaysTest {

    @Test
    void fullDatesAndDatesWithoutAYearKeepTheMonthAndDay() {
        assertThat(Birthdays.parse("1985-03-14")).isEqualTo(MonthDay.of(3, 14));
        assertThat(Birthdays.parse("1985-03-14T00:00:00")).isEqualTo(MonthDay.of(3, 14)); // an Excel date cell
        assertThat(Birthdays.parse("14.3.1985")).isEqualTo(MonthDay.of(3, 14));
        assertThat(Birthdays.parse("14.03.85")).isEqualTo(MonthDay.of(3, 14));
        assertThat(Birthdays.parse("14.3.")).isEqualTo(MonthDay.of(3, 14));
        assertThat(Birthdays.parse(" 14.3 ")).isEqualTo(MonthDay.of(3, 14));
        assertThat(Birthdays.parse("--03-14")).isEqualTo(MonthDay.of(3, 14));
        assertThat(Birthdays.parse("19850314")).isEqualTo(MonthDay.of(3, 14));
    }

    @Test
    void theLeapDayIsABirthdayButOnlyInALeapYear() {
        assertThat(Birthdays.parse("29.2.")).isEqualTo(MonthDay.of(2, 29));
        assertThat(Birthdays.parse("1988-02-29")).isEqualTo(MonthDay.of(2, 29));
        assertThat(Birthdays.parse("--02-29")).isEqualTo(MonthDay.of(2, 29));
        assertThatThrownBy(() -> Birthdays.parse("1985-02-29")).hasMessageContaining("1985 had no 29 February");
    }

    @Test
    void slashesAreAmbiguousAndOtherTextIsNoBirthday() {
        assertThatThrownBy(() -> Birthdays.parse("3/14")).hasMessageContaining("day/month or month/day")
                .hasMessageContaining("14.3.1985");
        assertThatThrownBy(() -> Birthdays.parse("14/3/1985")).hasMessageContaining("day/month or month/day");
        assertThatThrownBy(() -> Birthdays.parse("31.4.")).hasMessageContaining("not a day of the year");
        assertThatThrownBy(() -> Birthdays.parse("spring")).hasMessageContaining("not a birthday");
        assertThatThrownBy(() -> Birthdays.parse("1985-13-01")).hasMessageContaining("not a date");
    }
}
