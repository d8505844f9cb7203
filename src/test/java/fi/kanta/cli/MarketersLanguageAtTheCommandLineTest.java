package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The last lines a Finnish or Swedish marketer met in English, through the real command line:
 * {@code kanta user}'s answers and refusals, {@code kanta demo}'s lines, the commands' help, the
 * reason a setting does not fit, and the picks backtest's refusals.
 */
class MarketersLanguageAtTheCommandLineTest extends InAHome {

    private static final String FINNISH = "--kanta.shop.language=fi";
    private static final String SWEDISH = "--kanta.shop.language=sv";
    private static final String PASSWORD = "oikea hevonen paristo";

    @Test
    void userAddListPasswdAndRemoveAnswerInFinnish() {
        assertThat(kanta(ExitCode.DONE, "user", "list", FINNISH)).contains("Konsolilla ei ole vielä käyttäjiä: kanta user add NIMI --role admin");
        assertThat(withInput(PASSWORD + "\n", () -> kanta(ExitCode.DONE, "user", "add", "Anna", "--role", "admin", FINNISH)))
                .contains("Lisätty käyttäjä anna (admin, fi)").doesNotContain("Added");
        assertThat(withInput("toinen hevonen paristo\n", () -> kanta(ExitCode.DONE, "user", "passwd", "anna", FINNISH)))
                .contains("Käyttäjän anna salasana vaihdettu").doesNotContain("New password");
        assertThat(kanta(ExitCode.DONE, "user", "list", FINNISH)).contains("anna", "admin");
        assertThat(kanta(ExitCode.DONE, "user", "remove", "anna", FINNISH)).contains("Poistettu käyttäjä anna (lokikirjassa tunnuksella ")
                .doesNotContain("Removed");
    }

    @Test
    void userRefusalsNameTheFieldInFinnishAndSwedish() {
        assertThat(withInput("lyhyt\n", () -> kanta(ExitCode.FAILED, "user", "add", "anna", "--role", "viewer", FINNISH)))
                .contains("salasana: vähintään 10 merkkiä").doesNotContain("at least");
        assertThat(withInput(PASSWORD + "\n", () -> kanta(ExitCode.FAILED, "user", "add", "<script>", "--role", "viewer", SWEDISH)))
                .contains("namn: 1–64 bokstäver, siffror och . _ @ - endast, inte '<script>'");
        assertThat(withInput("\n", () -> kanta(ExitCode.FAILED, "user", "add", "anna", "--role", "viewer", FINNISH)))
                .contains("salasana: vakiosyötteessä ei ollut salasanaa");
        assertThat(withInput(PASSWORD + "\n", () -> kanta(ExitCode.FAILED, "user", "add", "anna", "--role", "admin",
                "--password=" + PASSWORD, SWEDISH))).contains("ett lösenord tas aldrig från kommandoraden").doesNotContain(PASSWORD);
        assertThat(withInput(PASSWORD + "\n", () -> kanta(ExitCode.FAILED, "user", "add", "anna", "--role", "admin",
                "--language", "de", FINNISH))).contains("kieli: fi, sv tai en, ei 'de'");
        assertThat(kanta(ExitCode.FAILED, "user", "remove", "nobody", SWEDISH)).contains("namn: det finns ingen användare 'nobody' (kanta user list)");
        assertThat(kanta(ExitCode.FAILED, "user", "passwd", "nobody", FINNISH)).contains("nimi: käyttäjää 'nobody' ei ole (kanta user list)");

        withInput(PASSWORD + "\n", () -> kanta(ExitCode.DONE, "user", "add", "anna", "--role", "viewer", FINNISH));
        assertThat(withInput(PASSWORD + "\n", () -> kanta(ExitCode.FAILED, "user", "add", "ANNA", "--role", "admin", SWEDISH)))
                .contains("namn: användaren 'ANNA' finns redan (kanta user passwd byter lösenordet)");
        assertThat(kanta(ExitCode.DONE, "user", "list", SWEDISH)).contains("anna").doesNotContain("Konsolen har inga användare");
    }

    @Test
    void theHelpOfTheCommandsIsInFinnishAndSwedish() {
        assertThat(kanta(ExitCode.DONE, "--help", FINNISH)).contains("Käyttö: kanta", "Komennot:",
                        "run           Aja kampanja: valitse sen vastaanottajat", "Minkä tahansa komennon perään voi antaa Spring-asetuksia")
                .doesNotContain("Run a campaign", "Usage:", "Commands:");
        assertThat(kanta(ExitCode.DONE, "run", "--help", SWEDISH)).contains("Användning: kanta run",
                        "Kör en kampanj: välj dess mottagare", "en kampanj i jobs/, t.ex. win-back", "gör hela urvalet och skriv ut tratten",
                        "Visa den här hjälpen och avsluta.", "Spring-inställningar kan följa vilket kommando som helst")
                .doesNotContain("Run a campaign", "do the whole selection", "Show this help");
        assertThat(kanta(ExitCode.DONE, "user", "add", "--help", FINNISH)).contains("Lisää konsolin käyttäjä",
                "viewer (lukee), marketer (myös toimii", "nimi, jolla kirjaudutaan");
        assertThat(kanta(ExitCode.USAGE, "run", FINNISH)).contains("Katso: kanta run --help").doesNotContain("Try:");
        assertThat(kanta(ExitCode.DONE, "run", "--help")).contains("Usage: kanta run", "Run a campaign", "do the whole selection");
    }

    @Test
    void theDemoSaysWhatItMadeInFinnish() {
        String said = CommandLines.run(ExitCode.DONE, "demo", "--customers", "300", "--kanta.home=" + home.resolve("demo"), FINNISH);

        assertThat(said).contains("Esimerkkikampanjat ja -pohjat kopioitiin kansioon ", "Demokaupan asetukset: ", "Pisteytettiin 300 asiakasta",
                        "Tietokannassa:", "Demon tiedot:   out/demo/input/", "Hylkäysraportit: ei yhtään (jokainen rivi tuotiin)",
                        "Seuraavaksi: kanta status")
                .doesNotContain("Example campaigns", "In the database", "Demo data", "Reject reports", "Next:", "Scored ");
    }

    @Test
    void aSettingThatDoesNotFitSaysWhatItTakesInTheMarketersLanguage() throws java.io.IOException {
        java.nio.file.Path customers = java.nio.file.Files.writeString(home.resolve("kunder.csv"), "customer_id;first_name;email\nP1;Aino;aino@example.fi\n");
        assertThat(kanta(ExitCode.FAILED, "status", FINNISH, "--kanta.shop.time-zone=Mars/Olympus"))
                .contains("kanta.shop.time-zone=Mars/Olympus (komentorivillä) ei ole kelvollinen arvo (aikavyöhyke, esim. Europe/Helsinki tai Europe/Stockholm)")
                .doesNotContain("Failed to convert", "ZoneRulesException");
        assertThat(kanta(ExitCode.FAILED, "import", "customers", customers.toString(), SWEDISH, "--kanta.import.chunk-size=many"))
                .contains("kanta.import.chunk-size=many i kommandoradens argument är inte ett giltigt värde (ett heltal, t.ex. 500)")
                .doesNotContain("Failed to convert", "property source");
        assertThat(kanta(ExitCode.FAILED, "schedule", FINNISH, "--kanta.schedule.catch-up-window=soon"))
                .contains("(kesto, esim. 30s, 10m, 6h tai 7d)").doesNotContain("Failed to convert");
        assertThat(kanta(ExitCode.FAILED, "status", "--kanta.shop.language=de"))
                .contains("kanta status: kanta.shop.language=de in the settings is not a valid value (fi, sv or en)");
    }

    @Test
    void theScoresAndThePicksBacktestRefuseInFinnishAndSwedish() {
        assertThat(kanta(ExitCode.FAILED, "score", "--calibrate-until", "2026-06-01", "--holdout-until", "2026-05-01", "--picks", FINNISH))
                .contains("--holdout-until (2026-05-01) pitää olla myöhempi kuin --calibrate-until (2026-06-01)").doesNotContain("must be after");
        assertThat(kanta(ExitCode.FAILED, "score", "--calibrate-until", "2026-06-01", "--holdout-until", "2026-07-01", "--picks", SWEDISH))
                .contains("det finns inga orderrader till och med 2026-06-01").doesNotContain("no order lines");
        assertThat(kanta(ExitCode.FAILED, "score", "--as-of", "2026-06-01", FINNISH))
                .contains("päivään 2026-06-01 mennessä ei ole ostoja: ei mitään pisteytettävää (tuo ensin ostot)");
        assertThat(kanta(ExitCode.FAILED, "score", "--calibrate-until", "2026-06-01", "--holdout-until", "2026-07-01", SWEDISH))
                .contains("det finns inga köp till och med 2026-06-01 att anpassa modellen efter");
    }

    /** Runs the command with this as its standard input (the password, as a password manager gives it). */
    static String withInput(String input, Supplier<String> command) {
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return command.get();
        } finally {
            System.setIn(in);
        }
    }
}
