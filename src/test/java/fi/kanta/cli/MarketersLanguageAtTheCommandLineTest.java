package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
