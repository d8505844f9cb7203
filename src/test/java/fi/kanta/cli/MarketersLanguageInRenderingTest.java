package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import fi.kanta.TestCampaigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What rendering finds wrong, said in the marketer's language through the real command line: a
 * template text's placeholder, a text missing in a language, the brand and letter settings, a
 * name the letter font cannot print; and counts of one read as one ("1 kirje", not "1 kirjettä").
 */
class MarketersLanguageInRenderingTest extends InAHome {

    private static final String FINNISH = "--kanta.shop.language=fi";
    private static final String SWEDISH = "--kanta.shop.language=sv";
    private static final String AUTUMN = """
            name: autumn
            kind: win-back
            period: weekly
            segment: { all: [] }
            holdout: 0
            channels:
              - { type: email, template: win-back }
            offer: { code-prefix: AU, discount: "5 €", valid-days: 20 }
            """;

    @Test
    void validateSaysAMistypedPlaceholderInFinnishAndInSwedish() throws IOException {
        TestCampaigns.define(home, "autumn", AUTUMN);
        replace("templates/win-back/messages_fi.properties", "winback.greeting=Hei {firstName},", "winback.greeting=Hei {firstNme},");

        assertThat(kanta(ExitCode.FAILED, "validate", FINNISH))
                .contains("teksti 'winback.greeting' tiedostossa ", "tuntematon paikka {firstNme} (tarkoititko {firstName}?)")
                .doesNotContain("unknown placeholder", "did you mean", "message '");
        assertThat(kanta(ExitCode.FAILED, "validate", SWEDISH))
                .contains("texten 'winback.greeting' i ", "okänd platshållare {firstNme} (menade du {firstName}?)")
                .doesNotContain("unknown placeholder", "did you mean", "message '");
    }

    @Test
    void validateSaysANumberedAndAnAmbiguousPlaceholderInFinnish() throws IOException {
        TestCampaigns.define(home, "autumn", AUTUMN);
        replace("templates/win-back/messages_fi.properties", "winback.greeting=Hei {firstName},", "winback.greeting=Hei {0},");

        assertThat(kanta(ExitCode.FAILED, "validate", FINNISH))
                .contains("{0} on numeroitu paikka: kirjoita sen sijaan arvon nimi, esim. {firstName} tai {discount}")
                .doesNotContain("is a numbered placeholder");

        replace("templates/win-back/messages_fi.properties", "winback.greeting=Hei {0},", "winback.greeting=Hei {name},");
        assertThat(kanta(ExitCode.FAILED, "validate", FINNISH))
                .containsPattern("\\{name\\} voi olla \\{[a-z]+\\.name\\} tai \\{[a-z]+\\.name\\}: kirjoita, kumpaa tarkoitat")
                .doesNotContain("could be", "write which");
    }

    @Test
    void validateAndPreviewSayInSwedishThatATextIsMissingInALanguage() throws IOException {
        TestCampaigns.define(home, "autumn", AUTUMN);
        replace("templates/win-back/messages_sv.properties", "winback.greeting=Hej {firstName},", "");
        oneCustomer();

        assertThat(kanta(ExitCode.FAILED, "validate", SWEDISH))
                .contains("ingen text 'winback.greeting' i win-back/messages_sv.properties eller messages_sv.properties")
                .doesNotContain("no message");
        assertThat(kanta(ExitCode.FAILED, "preview", "autumn", "--customer", "P1", SWEDISH))
                .contains("ingen text 'winback.greeting' i win-back/messages_sv.properties eller messages_sv.properties")
                .doesNotContain("no message");
    }

    @Test
    void aBrandColourThatIsNoColourIsSaidInFinnishWithItsValue() throws IOException {
        TestCampaigns.define(home, "autumn", AUTUMN);
        oneCustomer();

        assertThat(kanta(ExitCode.FAILED, "preview", "autumn", "--customer", "P1", FINNISH, "--kanta.brand.color=red"))
                .contains("kanta preview: kanta.brand.color pitää olla väri muodossa #7a3e1d, ei red")
                .doesNotContain("must be", "is not a valid value");
    }

    @Test
    void aLogoThatIsNotHttpsIsSaidInTheSwedishTheHomesSettingsChoose() throws IOException {
        TestCampaigns.define(home, "autumn", AUTUMN);
        oneCustomer();
        Files.writeString(home.resolve("kanta.properties"), "kanta.shop.language=sv\nkanta.brand.logo=http://www.shop.fi/logo.png\n",
                StandardCharsets.UTF_8);

        assertThat(kanta(ExitCode.FAILED, "preview", "autumn", "--customer", "P1"))
                .contains("kanta preview: kanta.brand.logo ska vara en https-adress, t.ex. https://www.shop.fi/logo.png,"
                        + " inte http://www.shop.fi/logo.png")
                .doesNotContain("must be", "is not a valid value");
    }

    @Test
    void aRunSaysInFinnishWhichCharactersTheLetterFontCannotPrintForOneField() throws IOException {
        Path customers = Files.writeString(home.resolve("asiakkaat.csv"), "customer_id;first_name;last_name;street;postal_code;city\n"
                + "P1;Aino;Virtanen;Katu 1 🦄;00100;Helsinki\n", StandardCharsets.UTF_8);
        kanta(ExitCode.DONE, "import", "customers", customers.toString());
        TestCampaigns.define(home, "letters", """
                name: letters
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: letter, template: win-back, cost: 1.20 }
                offer: { code-prefix: LE, discount: "5 €", valid-days: 20 }
                """);

        assertThat(kanta(ExitCode.FAILED, "run", "letters", "--run-key", "r1", "--yes", FINNISH))
                .contains("mitään ei lähetetty: 1 nimi- tai osoitekentässä on merkkejä, joita kirjeen fontti (DejaVu Sans) ei voi"
                        + " tulostaa: asiakas P1, customer.street: 🦄 (U+1F984). Korjaa tämä nimi tai osoite (tai jätä tämä asiakas pois)")
                .doesNotContain("U+1F984,", "'🦄'");
    }

    @Test
    void oneRowImportedAndListedReadsAsOneInSwedish() throws IOException {
        Path customers = Files.writeString(home.resolve("kunder.csv"), "customer_id;first_name;email\nP1;Aino;aino@example.fi\n");

        assertThat(kanta(ExitCode.DONE, "import", "customers", customers.toString(), SWEDISH)).contains(": 1 rad lästa (")
                .doesNotContain("1 rader lästa");
        assertThat(kanta(ExitCode.DONE, "status", SWEDISH)).contains("  1 rad  ").doesNotContain("1 rader");
    }

    @Test
    void aCommandsArgumentsAndAMissingHomeAreSaidBeforeSpringStarts() throws IOException {
        assertThat(kanta(ExitCode.FAILED, "report", "win-back", FINNISH))
                .contains("kanta report: ajo kirjoitetaan KAMPANJA/AJON-TUNNUS, esim. win-back/2026-W48 (tai: kanta report nps)")
                .doesNotContain("a run is written");
        assertThat(kanta(ExitCode.FAILED, "letters", "posted", "nosuch/r1", FINNISH))
                .contains("ajoa nosuch/r1 ei ole (anna KAMPANJA/AJON-TUNNUS niin kuin kanta status luettelee ajot)")
                .doesNotContain("there is no run");
        assertThat(kanta(ExitCode.FAILED, "customer", "erase", "--reason", "x".repeat(501), "C-1", FINNISH))
                .contains("--reason on pidempi kuin 500 merkkiä").doesNotContain("is longer than");
        assertThat(kanta(ExitCode.FAILED, "status", FINNISH, "--kanta.shop.time-zone=Mars/Olympus"))
                .contains("kanta.shop.time-zone=Mars/Olympus (", ") ei ole kelvollinen arvo (").doesNotContain("is not a valid value");
        Path nowhere = Files.createDirectories(home.resolve("nowhere"));
        assertThat(CommandLines.run(ExitCode.FAILED, "status", "--kanta.home=" + nowhere, SWEDISH))
                .contains("kanta status: inget Kanta-hem i " + nowhere + " (ingen kanta.properties): skapa ett med kanta init")
                .doesNotContain("no Kanta home");
    }

    private void oneCustomer() throws IOException {
        Path customers = Files.writeString(home.resolve("kunder.csv"), "customer_id;first_name;email\nP1;Aino;aino@example.fi\n");
        kanta(ExitCode.DONE, "import", "customers", customers.toString());
    }

    private void replace(String file, String text, String with) throws IOException {
        Path path = home.resolve(file);
        String before = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(before).contains(text);
        Files.writeString(path, before.replace(text, with), StandardCharsets.UTF_8);
    }
}
