package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import fi.kanta.TestCampaigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lines inside the commands' frames are in the marketer's language too: each mistake
 * {@code kanta validate} lists, what a run tells as it prints and sends, why {@code kanta preview}
 * says a member was left out, and the reasons an import's reject and warnings reports give, with
 * their column headers; a template's problem; the lines {@code kanta export} prints.
 */
class MarketersLanguageEverywhereTest extends InAHome {

    private static final String FINNISH = "--kanta.shop.language=fi";

    @Test
    void validateListsEachMistakeInFinnishWithAFinnishDidYouMean() throws IOException {
        TestCampaigns.define(home, "autumn", """
                name: autumn
                kind: win-back
                period: weekly
                segment: { all: [ { field: p_alve, op: ">=", value: 0.5 } ] }
                holdout: 2
                channels:
                  - { type: letter, template: win-back, cots: 1.20 }
                """);

        String said = kanta(ExitCode.FAILED, "validate", FINNISH);

        assertThat(said).contains("jobs/autumn.yml:4: segment.all[0].field: \"p_alve\" ei ole kenttä, jota segmentit voivat käyttää"
                        + " (tarkoititko \"p_alive\"?); sallitut: ",
                "jobs/autumn.yml:5: holdout: odotettiin osuutta 0:sta alle 1:een, esim. 0.1 tarkoittaa 10 %, saatiin 2",
                "jobs/autumn.yml:7: channels[0].cots: tuntematon kenttä (tarkoititko \"cost\"?); tässä sallitut: ")
                .doesNotContain("expected a", "unknown field", "did you mean", "is not a field");
    }

    @Test
    void aRunTellsInFinnishWhatItPrintedAndSentAndPreviewSaysWhySomeoneIsLeftOut() throws IOException {
        Path customers = Files.writeString(home.resolve("asiakkaat.csv"), "customer_id;first_name;last_name;email;street;postal_code;city\n"
                + "P1;Aino;Virtanen;aino@example.fi;Katu 1;00100;Helsinki\n"
                + "P2;Eino;Virtanen;eino@example.fi;Katu 2;00100;Helsinki\n"
                + "P3;Liisa;Lahti;;Katu 3;00100;Helsinki\n");
        Path consents = Files.writeString(home.resolve("luvat.csv"), "asiakasnumero;kanava;lupa;pvm\nP1;email;yes;2026-01-01\n"
                + "P2;email;yes;2026-01-01\n");
        kanta(ExitCode.DONE, "import", "customers", customers.toString());
        kanta(ExitCode.DONE, "import", "consents", consents.toString());
        TestCampaigns.define(home, "autumn", """
                name: autumn
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: AU, discount: "5 €", valid-days: 20 }
                """);
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

        String preview = kanta(ExitCode.DONE, "preview", "autumn", "--customer", "P3", "--run-key", "r1", FINNISH);
        String emails = kanta(ExitCode.DONE, "run", "autumn", "--run-key", "r1", "--yes", FINNISH);
        String letters = kanta(ExitCode.DONE, "run", "letters", "--run-key", "r1", "--yes", FINNISH);

        assertThat(preview).contains("kuuluu kohderyhmään, mutta jätetään pois: ", "email: ei sähköpostiosoitetta")
                .doesNotContain("no email address");
        assertThat(emails).contains("Lähetetään 2 sähköpostia: ", "  sähköpostit: 2/2 lähetetty, 0 epäonnistui, ")
                .doesNotContain("Sending", " of 2 sent");
        // the two the emails reached are left out by the frequency cap: one letter
        assertThat(letters).contains("Tulostettiin 1 kirje 1 tiedostoon kansioon out/letters/r1/letters (osoiteluettelon kanssa);"
                + " kun se on postitettu: kanta letters posted letters/r1").doesNotContain("Printed");
    }

    @Test
    void anImportsRejectAndWarningsReportsGiveFinnishReasonsUnderFinnishHeaders() throws IOException {
        Path customers = Files.writeString(home.resolve("asiakkaat.csv"), "customer_id;first_name;email;birthday\n"
                + "C1;Aino;aino.example.fi;14.3.1985\n"
                + ";Eino;eino@example.fi;\n"
                + "C3;Liisa;liisa@example.fi;3/4\n"
                + "C1;Aino;aino@example.fi;\n");

        String summary = kanta(ExitCode.DONE, "import", "customers", customers.toString(), FINNISH);

        assertThat(summary).contains("Hylätyt rivit");
        assertThat(report("rejects.csv")).startsWith("\uFEFFrivi;sarake;arvo;syy")
                .contains("3;customer_id;;\"on tyhjä; arvo vaaditaan\"", "asiakas C1 on jo rivillä 2")
                .doesNotContain("is empty", "already appears");
        assertThat(report("warnings.csv")).startsWith("\uFEFFrivi;sarake;arvo;mitä tehtiin")
                .contains("ei sähköpostiosoite; tallennettu ilman sähköpostiosoitetta",
                        "kauttaviivoin kirjoitettu päivä voi olla päivä/kuukausi tai kuukausi/päivä")
                .doesNotContain("kept without");
    }

    @Test
    void validateSaysInFinnishThatATemplateHasNoTitle() throws IOException {
        Path plain = Files.createDirectories(home.resolve("templates/plain"));
        Files.writeString(plain.resolve("email.html"), "<!DOCTYPE html>\n<html><body><p>Hei!</p></body></html>\n");
        Files.writeString(plain.resolve("email.txt"), "Hei!\n");
        TestCampaigns.define(home, "autumn", """
                name: autumn
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: plain }
                """);

        String said = kanta(ExitCode.FAILED, "validate", FINNISH);

        assertThat(said).contains("virhe  jobs/autumn.yml: plain/email.html: ei <title>-elementtiä (se on viestin aihe)")
                .doesNotContain("no <title>", "it is the subject");
    }

    @Test
    void exportTellsInFinnishWhatItWroteAndWhomItLeftOut() throws IOException {
        Path customers = Files.writeString(home.resolve("asiakkaat.csv"), "customer_id;first_name;email\n"
                + "P1;Aino;aino@example.fi\nP2;Eino;eino@example.fi\nP3;Liisa;liisa@example.fi\n");
        Path consents = Files.writeString(home.resolve("luvat.csv"), "asiakasnumero;kanava;lupa;pvm\nP1;email;yes;2026-01-01\n");
        kanta(ExitCode.DONE, "import", "customers", customers.toString());
        kanta(ExitCode.DONE, "import", "consents", consents.toString());
        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/segments.yml"), "everyone:\n  all: []\n");

        String said = kanta(ExitCode.DONE, "export", "segment", "everyone", "--csv", FINNISH);

        assertThat(said).containsPattern("Kirjoitettu .*\\.csv: 1 rivi, välilehtiä 1, \\d+,\\d s \\(kysely \\d+,\\d s\\)")
                .contains("Jätettiin pois 2 jäsentä, joihin ei saa ottaa yhteyttä")
                .doesNotContain("Wrote", "rows on", "Left out");
    }

    /** The newest report of that name of the customers' imports. */
    private String report(String name) throws IOException {
        try (Stream<Path> reports = Files.walk(home.resolve("out/import/customers"))) {
            return Files.readString(reports.filter(p -> p.getFileName().toString().equals(name))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow());
        }
    }
}
