package fi.kanta.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StandardColumnTest {

    @Test
    void aMarketerNamesAColumnByItsKey() {
        assertThat(StandardColumn.byKey(" Postal_Code ")).isEqualTo(StandardColumn.POSTAL_CODE);
        assertThat(StandardColumn.POSTAL_CODE.key()).isEqualTo("postal_code");
        assertThat(StandardColumn.byKey("clv_12m").column()).isEqualTo(new ListColumn("CLV (12 months)", CellType.MONEY));
    }

    @Test
    void anUnknownKeyListsTheKnownOnes() {
        assertThatThrownBy(() -> StandardColumn.byKey("shoe_size")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown column 'shoe_size'").hasMessageContaining("first_name, last_name, email");
    }

    @Test
    void codesThatLookLikeNumbersAreText() {
        assertThat(Arrays.asList(StandardColumn.POSTAL_CODE, StandardColumn.PHONE, StandardColumn.OFFER_CODE, StandardColumn.RFM_CODE))
                .allSatisfy(c -> assertThat(c.column().type()).isEqualTo(CellType.TEXT_CODE));
    }

    @Test
    void theJavadocTableListsEveryColumnWithItsHeaderAndType() throws Exception {
        String source = Files.readString(Path.of("src/main/java/fi/kanta/export/StandardColumn.java"));
        for (StandardColumn column : StandardColumn.values()) {
            assertThat(source).contains("<tr><td>" + column.key() + "</td><td>" + column.column().header() + "</td><td>"
                    + column.column().type() + "</td>");
        }
    }
}
