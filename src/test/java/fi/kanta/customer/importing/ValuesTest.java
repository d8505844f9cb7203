package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void readsTheIsoFormsShopsWrite() {
        assertThat(Values.timestamp("2026-11-23", HELSINKI)).isEqualTo(LocalDateTime.of(2026, 11, 23, 0, 0));
        assertThat(Values.timestamp("2026-11-23T10:15", HELSINKI)).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 15));
        assertThat(Values.timestamp(" 2026-11-23 10:15:30 ", HELSINKI)).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 15, 30));
        assertThat(Values.timestamp("2026-11-23T10:15:30.250", HELSINKI)).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 15, 30, 250_000_000));
        assertThat(Values.timestamp("2026-11-23T08:15:30Z", HELSINKI)).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 15, 30));
    }

    @Test
    void readsFinnishDatesAndUnixTimes() {
        assertThat(Values.timestamp("23.11.2026 10.15", HELSINKI)).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 15));
        assertThat(Values.timestamp("1767225600", HELSINKI)).isEqualTo(LocalDateTime.of(2026, 1, 1, 2, 0));
    }

    @Test
    void refusesImpossibleDatesAndTimesInTheIsoForm() {
        for (String impossible : new String[] {"2026-02-30", "2026-13-01", "2026-11-23 24:00", "2026-11-23T10:61", "2026-11-2x",
            "2026/11/23"}) {
            assertThatThrownBy(() -> Values.timestamp(impossible, HELSINKI)).as(impossible)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a date or time");
        }
    }
}
