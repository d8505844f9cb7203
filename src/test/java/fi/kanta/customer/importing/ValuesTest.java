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

    @Test
    void readsAmountsWithTheirCurrencySignOrCode() {
        assertThat(Values.money("49,90 €")).isEqualTo(new Values.Money(new java.math.BigDecimal("49.90"), "EUR"));
        assertThat(Values.money("€49.90")).isEqualTo(new Values.Money(new java.math.BigDecimal("49.90"), "EUR"));
        assertThat(Values.money("1 234,50 EUR")).isEqualTo(new Values.Money(new java.math.BigDecimal("1234.50"), "EUR"));
        assertThat(Values.money("-5,00 sek")).isEqualTo(new Values.Money(new java.math.BigDecimal("-5.00"), "SEK"));
        assertThat(Values.money("kr 100")).isEqualTo(new Values.Money(new java.math.BigDecimal("100.00"), Values.KRONA));
        assertThat(Values.money("kr 100").isIn("NOK")).isTrue();
        assertThat(Values.money("12.50")).isEqualTo(new Values.Money(new java.math.BigDecimal("12.50"), null));
        assertThatThrownBy(() -> Values.money("49,90 ABC")).hasMessageContaining("ABC is no currency");
        assertThatThrownBy(() -> Values.money("ten")).hasMessageStartingWith("not an amount");
    }

    @Test
    void checksPostalCodesByCountryAndRestoresTheZerosAFinnishOneLost() {
        java.util.List<String> restored = new java.util.ArrayList<>();
        assertThat(PostalCodes.check("2100", "FI", restored::add)).isEqualTo("02100");
        assertThat(PostalCodes.check("100", "FI", restored::add)).isEqualTo("00100");
        assertThat(PostalCodes.check("FI-00530", "FI", restored::add)).isEqualTo("00530");
        assertThat(restored).containsExactly("02100", "00100");
        assertThat(PostalCodes.check("SE-123 45", "SE", restored::add)).isEqualTo("12345");
        assertThat(PostalCodes.check("0150", "NO", restored::add)).isEqualTo("0150");
        assertThat(PostalCodes.check("SW1A 1AA", "GB", restored::add)).isEqualTo("SW1A 1AA");
        assertThatThrownBy(() -> PostalCodes.check("123456", "FI", restored::add)).hasMessageStartingWith("not a Finnish postal code");
        assertThatThrownBy(() -> PostalCodes.check("1234", "SE", restored::add)).hasMessageStartingWith("not a Swedish postal code");
        assertThatThrownBy(() -> PostalCodes.check("12345", "DK", restored::add)).hasMessageStartingWith("not a Danish postal code");
    }
}
