package fi.kanta.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void quotesTextDoublesItsQuotesDropsNulsAndLeavesNullEmpty() {
        StringBuilder csv = new StringBuilder();
        for (Object value : new Object[] {"Anna", "Anna \"Annie\" Smith", "a\0b", null, "", new BigDecimal("12.50")}) {
            ImportDialect.CopyText.append(csv, value);
            csv.append(',');
        }

        assertThat(csv).hasToString("\"Anna\",\"Anna \"\"Annie\"\" Smith\",\"ab\",,\"\",12.50,");
    }
}
