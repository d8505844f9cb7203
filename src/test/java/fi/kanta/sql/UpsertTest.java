package fi.kanta.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stamp an upsert writes is a timestamp literal both databases read, on a whole minute too. */
class UpsertTest {

    private final Upsert customers = new Upsert("customer", List.of("external_id"), List.of("first_name"), true,
            "SELECT external_id, first_name FROM stage");

    @Test
    void aStampOnTheWholeMinuteKeepsItsSeconds() {
        LocalDateTime onTheMinute = LocalDateTime.of(2026, 12, 7, 6, 48);

        for (Vendor vendor : Vendor.values()) {
            assertThat(customers.sql(vendor, onTheMinute)).contains("TIMESTAMP '2026-12-07 06:48:00'")
                    .doesNotContain("CURRENT_TIMESTAMP");
        }
    }

    @Test
    void aStampedTableNeedsItsTime() {
        assertThatThrownBy(() -> customers.sql(Vendor.HSQLDB)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> customers.sql(Vendor.POSTGRESQL, null)).isInstanceOf(IllegalStateException.class);
    }
}
