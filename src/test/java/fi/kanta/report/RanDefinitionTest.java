package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.campaign.CampaignDefinition;
import fi.kanta.words.Words;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The definition a run ran with, as {@code kanta report} writes it under the results, in the marketer's language. */
class RanDefinitionTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final String RAN = "name: win-back\nsegment: lapsing\n";
    private static final CampaignDefinition KEPT = new CampaignDefinition(null, RAN, CampaignDefinition.sha256(RAN), "lapsing",
            Optional.of("lapsing:\n  all: []\n"));

    @Test
    void aChangedDefinitionIsSaidInFinnishWithTheTextThatRan() {
        RanDefinition ran = new RanDefinition("win-back", Optional.of(KEPT), Optional.of(RAN + "# muutettu\n"), Optional.empty());

        String said = ran.text(new Words(Locale.forLanguageTag("fi"), HELSINKI));

        assertThat(said).contains("Määrittely, jolla ajo tehtiin:", "  jobs/win-back.yml sha256 " + KEPT.sha256(),
                        "  jobs/win-back.yml on nyt muuttunut (sha256 " + CampaignDefinition.sha256(RAN + "# muutettu\n") + ")",
                        "  segmentti: lapsing sellaisena kuin se oli tiedostossa jobs/segments.yml käynnistettäessä",
                        "  pohjat: mitään ei ole vielä lähetetty", "--- jobs/win-back.yml sellaisena kuin se ajettiin ---\n" + RAN,
                        "--- segmentti lapsing (jobs/segments.yml) sellaisena kuin se ajettiin ---\nlapsing:")
                .doesNotContain("Definition that ran", "is the same now", "as it ran", "nothing sent yet");
    }

    @Test
    void anUnchangedOneIsSaidInSwedishWithoutTheText() {
        RanDefinition ran = new RanDefinition("win-back", Optional.of(KEPT), Optional.of(RAN), Optional.empty());

        assertThat(ran.text(new Words(Locale.forLanguageTag("sv"), HELSINKI)))
                .contains("Definitionen som körningen använde:", "  jobs/win-back.yml är oförändrad")
                .doesNotContain("---", RAN);
        assertThat(ran.text(Words.english(HELSINKI))).contains("Definition that ran:", "jobs/win-back.yml is the same now");
    }
}
