package fi.kanta.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers, dates and texts as each of the marketer's languages writes them; the nearest known name for a typo. */
class WordsTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Words FINNISH = new Words(Locale.forLanguageTag("fi"), HELSINKI);
    private static final Words SWEDISH = new Words(Locale.forLanguageTag("sv"), HELSINKI);
    private static final Words ENGLISH = Words.english(HELSINKI);

    @Test
    void numbersPercentagesAndTimesAreWrittenAsEachLanguageWritesThem() {
        assertThat(FINNISH.number(12_345)).isEqualTo("12 345");
        assertThat(FINNISH.percent(0.035)).isEqualTo("3,5 %");
        assertThat(FINNISH.decimal(-1234.5, 2)).isEqualTo("-1 234,50");
        assertThat(FINNISH.signed(6.523, 2)).isEqualTo("+6,52");
        assertThat(FINNISH.signed(-0.4, 2)).isEqualTo("-0,40");
        assertThat(FINNISH.date(LocalDate.of(2026, 12, 6))).isEqualTo("6.12.2026");
        assertThat(FINNISH.dateTime(LocalDateTime.of(2026, 12, 6, 10, 12))).isEqualTo("6.12.2026 klo 10.12");
        assertThat(SWEDISH.dateTime(LocalDateTime.of(2026, 12, 6, 9, 5))).isEqualTo("6.12.2026 kl. 09.05");
        assertThat(ENGLISH.number(12_345)).isEqualTo("12,345");
        assertThat(ENGLISH.percent(0.035)).isEqualTo("3.5 %");
        assertThat(ENGLISH.dateTime(LocalDateTime.of(2026, 12, 6, 10, 12))).isEqualTo("2026-12-06 10:12");
    }

    @Test
    void textsTakeTheirArgumentsAndCountsPickTheirForm() {
        assertThat(FINNISH.count("status.import.rows", 12_345L)).isEqualTo("12 345 riviä");
        assertThat(FINNISH.count("status.import.rows", 1)).isEqualTo("1 rivi");
        // a count inside a sentence is its noun phrase
        assertThat(FINNISH.text("report.letter-cost", FINNISH.count("count.letters", 1))).isEqualTo("kirjeiden kulut (1 kirje)");
        assertThat(ENGLISH.count("validate.mistakes", 1)).isEqualTo("1 mistake");
        assertThat(ENGLISH.count("validate.mistakes", 3)).isEqualTo("3 mistakes");
        assertThat(FINNISH.count("validate.mistakes", 3)).isEqualTo("3 virhettä");
        assertThat(FINNISH.textOr("state.NO_SUCH", "NO_SUCH")).isEqualTo("NO_SUCH");
        // the indent of a line under a heading is kept (properties files drop a value's leading spaces unless escaped)
        assertThat(FINNISH.text("status.runs.none")).startsWith("  ei vielä");
        assertThat(ENGLISH.text("status.imports.none")).startsWith("  none yet");
        // a language without its own file reads the English base, not the JVM's own language
        assertThat(new Words(Locale.GERMAN, HELSINKI).text("validate.valid")).startsWith("All definitions are valid");
    }

    @Test
    void everyTextHasItsFinnishAndSwedishLine() throws java.io.IOException {
        java.util.Properties english = texts("");
        for (String language : List.of("fi", "sv")) {
            java.util.Properties own = texts("_" + language);
            assertThat(own.stringPropertyNames()).as("keys of messages_%s.properties", language)
                    .containsAll(english.stringPropertyNames());
        }
    }

    @Test
    void aListsSheetNamesFitExcelsThirtyOneCharactersInEveryLanguage() {
        for (Words words : List.of(FINNISH, SWEDISH, ENGLISH)) {
            assertThat(words.text("list.sheet.control-group")).hasSizeLessThanOrEqualTo(31);
            assertThat(words.text("list.sheet.recipients") + " (99)").hasSizeLessThanOrEqualTo(31);
        }
        assertThat(FINNISH.text("list.sheet.control-group")).isEqualTo("Verrokit – älä ota yhteyttä");
    }

    private static java.util.Properties texts(String suffix) throws java.io.IOException {
        java.util.Properties texts = new java.util.Properties();
        try (var in = WordsTest.class.getResourceAsStream("/console/messages" + suffix + ".properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void aMistypedNameFindsTheOneItWasMeantToBe() {
        List<String> campaigns = List.of("win-back", "weekly-newsletter", "feedback", "service-recovery");
        assertThat(DidYouMean.nearest("wni-back", campaigns)).contains("win-back");
        assertThat(DidYouMean.nearest("Feedbak", campaigns)).contains("feedback");
        assertThat(DidYouMean.nearest("birthday", campaigns)).isEmpty();
        assertThat(DidYouMean.nearest("valeu", List.of("field", "op", "value"))).contains("value");
        assertThat(DidYouMean.nearest("some", List.of("all", "any", "none"))).isEmpty();
        assertThat(DidYouMean.suffix("p_alve", List.of("p_alive", "clv_12m"))).isEqualTo(" (did you mean \"p_alive\"?)");
        assertThat(DidYouMean.suffix("p_alve", List.of("p_alive", "clv_12m"), FINNISH)).isEqualTo(" (tarkoititko \"p_alive\"?)");
        // equally near to two names: either could be meant, so neither is offered
        assertThat(DidYouMean.nearest("abcd", List.of("abxx", "xxcd"))).isEmpty();
    }
}
