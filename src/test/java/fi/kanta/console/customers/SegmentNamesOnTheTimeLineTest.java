package fi.kanta.console.customers;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.console.ConsoleTexts;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A score on a customer's time line names the RFM segment in the signed-in user's language, through
 * the console's own messages as the page writes the line; a segment of the shop's own table without
 * a name shows its identifier.
 */
class SegmentNamesOnTheTimeLineTest {

    private final ResourceBundleMessageSource texts = ConsoleTexts.texts();

    @Test
    void theSegmentIsNamedInTheUsersLanguage() {
        assertThat(score("Champions", "fi")).isEqualTo("Mestarit, P(aktiivinen) 83 %, CLV 12 kk 120");
        assertThat(score("Can't lose them", "sv")).startsWith("Får inte förloras, P(aktiv) 83");
        assertThat(score("At risk", "en")).startsWith("At risk, P(alive) 83%");
        assertThat(score("Our own VIPs", "fi")).startsWith("Our own VIPs, P(aktiivinen)");
    }

    private String score(String segment, String language) {
        return texts.getMessage("console.customer.score", new Object[] {CustomerTimeline.segment(segment), 0.83, 120.0},
                Locale.forLanguageTag(language)).replace('\u00a0', ' ');
    }
}
