package fi.kanta.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.definition.DefinitionError;
import fi.kanta.definition.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken filter is refused with the file, the line, the field and what is allowed. */
class FilterReaderTest {

    @TempDir
    Path folder;

    @Test
    void aFieldOutsideTheWhitelistIsRefused() {
        assertThatThrownBy(() -> read("""
                all:
                  - { field: clv_12m, op: ">", value: 1 }
                  - { field: "password; DROP TABLE customer", op: "=", value: 1 }
                """))
                .isInstanceOf(DefinitionError.class)
                .hasMessageStartingWith("f.yml:3: all[1].field: \"password; DROP TABLE customer\" is not a field segments can use; allowed: external_id,");
    }

    @Test
    void anOperatorMustSuitTheField() {
        assertThatThrownBy(() -> read("all: [ { field: city, op: \">\", value: A } ]"))
                .hasMessageContaining("f.yml:1: all[0].op: \">\" cannot be used on city (text); allowed: =, !=, in, not in, is set, is not set");
    }

    @Test
    void aBirthdayIsComparedByDaysFromTodayNotByAValue() {
        assertThatThrownBy(() -> read("all: [ { field: birthday, op: \"=\", value: 3 } ]"))
                .hasMessageContaining("\"=\" cannot be used on birthday (birthday); allowed: is set, is not set, within next days");
        assertThatThrownBy(() -> read("all: [ { field: last_purchase, op: within next days, value: 3 } ]"))
                .hasMessageContaining("cannot be used on last_purchase (date)");
    }

    @Test
    void valuesMustHaveTheFieldsType() {
        assertThatThrownBy(() -> read("all:\n  - { field: clv_12m, op: \">\", value: lots }"))
                .hasMessage("f.yml:2: all[0].value: expected a number (a dot for decimals, e.g. 1.20), got \"lots\"");
        assertThatThrownBy(() -> read("all:\n  - { field: last_purchase, op: \"<\", value: 23.11.2026 }"))
                .hasMessageContaining("expected a date as YYYY-MM-DD");
        assertThatThrownBy(() -> read("all:\n  - { field: p_alive, op: between, value: [0.9, 0.1] }"))
                .hasMessageContaining("\"between\" needs the low value first");
        assertThatThrownBy(() -> read("all:\n  - { field: email, op: is set, value: x }"))
                .hasMessageContaining("\"is set\" takes no value");
    }

    @Test
    void unknownKeysAndBadYamlNameTheirLine() {
        assertThatThrownBy(() -> read("all:\n  - { field: city, op: \"=\", valeu: Oulu }"))
                .hasMessage("f.yml:2: all[0].valeu: unknown field (did you mean \"value\"?); allowed here: field, op, value");
        assertThatThrownBy(() -> read("all:\n  - { field: city, op: \"=\", value: [unclosed }"))
                .isInstanceOf(DefinitionError.class).hasMessageStartingWith("f.yml:").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> read("some: thing"))
                .hasMessageContaining("f.yml:1: some: unknown field; allowed here: all, any, none");
    }

    @Test
    void aConditionOnPurchasesByCategoryAndPeriod() throws IOException {
        assertThat(read("all: [ { bought: Kengät, within-days: 90 } ]")).isEqualTo(new Filter.Group(Filter.Combine.ALL,
                List.of(new Filter.Bought(true, List.of("Kengät"), OptionalInt.of(90)))));
        assertThat(read("none: [ { not-bought: [Kengät, Saappaat] } ]")).isEqualTo(new Filter.Group(Filter.Combine.NONE,
                List.of(new Filter.Bought(false, List.of("Kengät", "Saappaat"), OptionalInt.empty()))));
    }

    @Test
    void aMalformedConditionOnPurchasesNamesItsLineAndField() {
        assertThatThrownBy(() -> read("all:\n  - { bought: Kengät, within-days: ninety }"))
                .hasMessage("f.yml:2: all[0].within-days: expected a whole number from 1 to 36500, got \"ninety\"");
        assertThatThrownBy(() -> read("all:\n  - { bought: Kengät, within: 90 }"))
                .hasMessage("f.yml:2: all[0].within: unknown field; allowed here: bought, not-bought, within-days");
        assertThatThrownBy(() -> read("all:\n  - { bought: Kengät, not-bought: Hatut }"))
                .hasMessageStartingWith("f.yml:2: all[0].not-bought: write \"bought\" and \"not-bought\" as two conditions");
        assertThatThrownBy(() -> read("all:\n  - { bought: [], within-days: 30 }"))
                .hasMessageStartingWith("f.yml:2: all[0].bought: expected a category, or a list of 1 to 1000 categories");
        assertThatThrownBy(() -> read("all:\n  - { bought: { name: Kengät } }"))
                .hasMessageStartingWith("f.yml:2: all[0].bought: expected a category as your purchase file names it, e.g. Kengät");
    }

    @Test
    void aConditionOnClicksTakesItsDaysAndNamesAMistakesLine() throws IOException {
        assertThat(read("all: [ { clicked-within-days: 30 } ]")).isEqualTo(new Filter.Group(Filter.Combine.ALL,
                List.of(new Filter.Clicked(30))));
        assertThatThrownBy(() -> read("all:\n  - { clicked-within-days: 0 }"))
                .hasMessage("f.yml:2: all[0].clicked-within-days: expected a whole number from 1 to 3660, got \"0\"");
        assertThatThrownBy(() -> read("all:\n  - { clicked-within-days: 30, link: button }"))
                .hasMessage("f.yml:2: all[0].link: unknown field; allowed here: clicked-within-days");
    }

    private Filter read(String yaml) throws IOException {
        Path file = Files.writeString(folder.resolve("f.yml"), yaml);
        return FilterReader.group(YamlNode.read(file, Path.of("f.yml")), Set.of());
    }
}
