package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import fi.kanta.TestCampaigns;
import fi.kanta.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * More commands answer in the marketer's language ({@code kanta.shop.language}): an import's summary,
 * what {@code kanta schedule} would do (Finnish days and times: {@code to 10.12. klo 15.30}) and
 * {@code kanta preview}, {@code kanta run} (its refusal without a terminal, how the run went) and {@code kanta letters posted}.
 */
class MarketersLanguageMoreTest extends InAHome {

    private static final String FINNISH = "--kanta.shop.language=fi";

    @Test
    void anImportWithARejectedRowSumsUpInFinnish() throws IOException {
        Path customers = Files.writeString(home.resolve("asiakkaat.csv"), "customer_id;first_name;email\nC1;Aino;aino@example.fi\n"
                + ";Eino;eino@example.fi\nC3;Liisa;liisa@example.fi\n");

        String summary = CommandLines.run(ExitCode.DONE, "import", "customers", customers.toString(), FINNISH, "--kanta.home=" + home);

        assertThat(summary).contains("asiakkaat.csv: luettiin 3 riviä (asiakkaat), tuotiin 2, hylättiin 1; aikaa kului ",
                "Hylätyt rivit (rivi, sarake ja syy): ").doesNotContain("rows read", "rejected");
    }

    @Test
    void scheduleSaysInFinnishWhyTheNewsletterIsNotSentWithFinnishDaysAndTimes() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Files.createDirectories(home.resolve("jobs"));
        for (String file : new String[] {"weekly-newsletter.yml", "segments.yml"}) {
            TestCampaigns.writtenBefore(Files.copy(Path.of("jobs", file), home.resolve("jobs").resolve(file)));
        }

        String schedule = CommandLines.run(ExitCode.DONE, "schedule", FINNISH, "--kanta.home=" + home,
                TestClock.at("2026-12-03T15:00:00+02:00"));

        assertThat(schedule).contains("weekly-newsletter: ei lähetä ajoa 2026-W49: ajankohta oli ma 30.11. klo 8.00, 3 päivää sitten,"
                        + " mikä on yli sallitun myöhästymisen (6 h, kanta.schedule.catch-up-window); seuraava ma 7.12. klo 8.00 Europe/Helsinki",
                "    ajastus: \"0 0 8 * * MON\"", "kanta serve lähettää sen, minkä aika on tullut").doesNotContain("not sending", "next");
    }

    @Test
    void lettersPostedSaysInFinnishHowManyLettersCountAsSent() throws IOException {
        Files.writeString(home.resolve("customers.csv"), "customer_id,first_name,last_name,street,postal_code,city,country\n"
                + "P1,Aino,Virtanen,Katu 1,00100,Helsinki,FI\nP2,Eino,Virtanen,Katu 2,00100,Helsinki,FI\n");
        CommandLines.run(ExitCode.DONE, "import", "customers", home.resolve("customers.csv").toString(), "--kanta.home=" + home);
        TestCampaigns.define(home, "autumn", """
                name: autumn
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: letter, template: win-back, cost: 1.20 }
                offer: { code-prefix: AU, discount: "5 €", valid-days: 20 }
                """);
        assertThat(CommandLines.run(ExitCode.DONE, "preview", "autumn", "--customer", "P1", "--run-key", "r1", FINNISH,
                "--kanta.home=" + home)).contains("autumn/r1, asiakas P1: KOHDE, kanava letter", "Mallipohjat saavat nämä tiedot");
        String refused = CommandLines.run(ExitCode.FAILED, "run", "autumn", "--run-key", "r1", FINNISH, "--kanta.home=" + home);
        assertThat(refused).contains("kanta run: ajo lähettää viestejä, joten se kysyy ensin", "lisää --yes");
        String run = CommandLines.run(ExitCode.DONE, "run", "autumn", "--run-key", "r1", "--yes", FINNISH, "--kanta.home=" + home);
        assertThat(run).contains("autumn/r1: valmis", "  toimitus (kanava, tila, asiakkaita):", "  tiedostot: out/autumn/r1/");

        String posted = CommandLines.run(ExitCode.DONE, "letters", "posted", "autumn/r1", FINNISH, "--kanta.home=" + home);
        String again = CommandLines.run(ExitCode.DONE, "letters", "posted", "autumn/r1", FINNISH, "--kanta.home=" + home);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        assertThat(posted).contains("Ajon autumn/r1 2 kirjettä merkittiin postitetuiksi " + today.getDayOfMonth() + "." + today.getMonthValue()
                + "." + today.getYear() + "; raportti laskee ne nyt lähetetyiksi.");
        assertThat(again).contains("Ajolla autumn/r1 ei ollut tulostettuja kirjeitä odottamassa postitusta.",
                "2 kirjettä oli jo merkitty postitetuiksi aiemmin.");
    }

    @Test
    void initInFinnishSaysWhatItMadeAndWhatToDoNext() {
        Path shop = home.resolve("kauppa");

        String made = CommandLines.run(ExitCode.DONE, "init", shop.toString(), "--language", "fi");

        assertThat(made).contains("Kanta-kotikansio tehtiin: " + shop, "kaupan asetukset: täytä kaupan nimi",
                "valmiit kampanjat: ", "tiedostoa kopioitiin", "Seuraavaksi:", "  1. cd " + shop, "  2. muokkaa tiedostoa kanta.properties")
                .doesNotContain("Next:");
    }
}
