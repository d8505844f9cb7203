package fi.kanta.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The console's counts with a noun read as the language says them: "1 jäsen" but "3 jäsentä",
 * "1 medlem" but "3 medlemmar", "0 members", and the count grouped as the language writes numbers.
 * The pages take their texts from Spring's message source, which formats with MessageFormat: the
 * same set-up as application.properties gives it.
 */
class ConsoleCountsTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ResourceBundleMessageSource texts = texts();

    @Test
    void oneIsSingularAndMoreArePluralInEveryLanguage() {
        assertThat(text("console.segment.size.kept", FINNISH, 1L, "6.12.2026")).startsWith("1 jäsen 6.12.2026 (");
        assertThat(text("console.segment.size.kept", FINNISH, 3L, "6.12.2026")).startsWith("3 jäsentä 6.12.2026 (");
        assertThat(text("console.segment.size.kept", SWEDISH, 1L, "6.12.2026")).startsWith("1 medlem 6.12.2026 (");
        assertThat(text("console.segment.size.kept", Locale.ENGLISH, 0L, "2026-12-06")).startsWith("0 members as of 2026-12-06");
        assertThat(text("console.segment.size", FINNISH, 1L, 12L)).isEqualTo("1 jäsen (laskettu 12 ms:ssa)");
        assertThat(text("console.home.scores.as-of", FINNISH, "2026-12-06", 1L)).isEqualTo("2026-12-06: 1 asiakas pisteytetty");
        assertThat(text("console.home.scores.as-of", SWEDISH, "2026-12-06", 2L)).isEqualTo("2026-12-06: 2 kunder poängsatta");
        assertThat(text("console.import.going", FINNISH, 1L, 0L)).isEqualTo("Tuodaan: 1 rivi luettu, 0 hylätty tähän mennessä.");
        assertThat(text("console.audit.intro", FINNISH, 1)).startsWith("Konsolin viimeisin toiminto, uusin ensin.");
        assertThat(text("console.funnel.samples", SWEDISH, 1, "p_alive")).isEqualTo("Den första mottagaren (rangordnade efter p_alive)");
        assertThat(text("console.funnel.samples", Locale.ENGLISH, 10, "p_alive")).isEqualTo("The first 10 recipients (ranked by p_alive)");
    }

    @Test
    void aCountIsGroupedAsTheLanguageWritesNumbers() {
        assertThat(text("console.segment.size", FINNISH, 12345L, 7L)).matches("12[\\s\\u00a0\\u202f]345 jäsentä \\(laskettu 7 ms:ssa\\)");
        assertThat(text("console.segment.size", SWEDISH, 12345L, 7L)).matches("12[\\s\\u00a0\\u202f]345 medlemmar \\(räknat på 7 ms\\)");
        assertThat(text("console.segment.size", Locale.ENGLISH, 12345L, 7L)).isEqualTo("12,345 members (counted in 7 ms)");
    }

    @Test
    void everyChoiceReadsForNoneOneAndMany() throws IOException {
        for (String bundle : new String[] {"messages", "messages_fi", "messages_sv"}) {
            Properties lines = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/console/" + bundle + ".properties")) {
                lines.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Locale language = bundle.contains("_") ? Locale.forLanguageTag(bundle.substring(bundle.indexOf('_') + 1)) : Locale.ENGLISH;
            for (String key : lines.stringPropertyNames()) {
                if (lines.getProperty(key).contains(",choice,")) {
                    for (long count : new long[] {0, 1, 2, 1000}) {
                        assertThat(text(key, language, count, count, count)).as(bundle + " " + key).doesNotContain("{0").doesNotContain("{1");
                    }
                }
            }
        }
    }

    private String text(String key, Locale language, Object... args) {
        return texts.getMessage(key, args, language);
    }

    private static ResourceBundleMessageSource texts() {
        return ConsoleTexts.texts();
    }
}
