package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code kanta user ...}: the password comes from standard input when there is no terminal (as in
 * these tests) and never from the command line; the hash kept is bcrypt's, never the password; bad
 * names, short passwords and taken names are refused naming the field, and nothing is written.
 */
class UserCommandLineTest extends InAHome {

    private static final String PASSWORD = "oikea hevonen paristo";

    @Test
    void addReadsThePasswordFromStandardInputAndKeepsOnlyItsHash() throws Exception {
        String added = withInput(PASSWORD + "\n", () -> kanta(ExitCode.DONE, "user", "add", "Anna", "--role", "admin", "--language", "fi"));

        assertThat(added).contains("Added anna (admin, fi)");
        String hash = (String) CommandLines.query(home, "SELECT password_hash FROM console_user WHERE name = 'anna'");
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(kanta(ExitCode.DONE, "user", "list")).contains("anna").contains("admin").contains("fi");
    }

    @Test
    void aPasswordGivenAsAnArgumentIsRefused() throws Exception {
        String refused = withInput(PASSWORD + "\n", () -> kanta(ExitCode.FAILED, "user", "add", "anna", "--role", "admin",
                "--password=" + PASSWORD));
        assertThat(refused).contains("never taken from the command line").doesNotContain(PASSWORD);

        withInput(PASSWORD + "\n", () -> kanta(ExitCode.USAGE, "user", "add", "anna", PASSWORD, "--role", "admin"));
        assertThat(kanta(ExitCode.DONE, "user", "list")).contains("No console users yet");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        assertThat(withInput("short\n", () -> kanta(ExitCode.FAILED, "user", "add", "anna", "--role", "viewer")))
                .contains("password: at least 10 characters");
        assertThat(withInput(PASSWORD + "\n", () -> kanta(ExitCode.FAILED, "user", "add", "<script>", "--role", "viewer")))
                .contains("name: 1 to 64 letters");
        assertThat(withInput("\n", () -> kanta(ExitCode.FAILED, "user", "add", "anna", "--role", "viewer")))
                .contains("password: none on standard input");
        kanta(ExitCode.USAGE, "user", "add", "anna", "--role", "boss");
        assertThat(kanta(ExitCode.DONE, "user", "list")).contains("No console users yet");

        withInput(PASSWORD + "\n", () -> kanta(ExitCode.DONE, "user", "add", "anna", "--role", "viewer"));
        assertThat(withInput(PASSWORD + "\n", () -> kanta(ExitCode.FAILED, "user", "add", "ANNA", "--role", "admin")))
                .contains("name: a user 'ANNA' exists already");
    }

    @Test
    void passwdChangesTheHashAndRemoveRemovesTheUser() throws Exception {
        withInput(PASSWORD + "\n", () -> kanta(ExitCode.DONE, "user", "add", "anna", "--role", "marketer"));
        Object before = CommandLines.query(home, "SELECT password_hash FROM console_user");

        withInput("toinen hevonen paristo\n", () -> kanta(ExitCode.DONE, "user", "passwd", "anna"));
        assertThat(CommandLines.query(home, "SELECT password_hash FROM console_user")).isNotEqualTo(before);
        kanta(ExitCode.FAILED, "user", "passwd", "nobody");

        assertThat(kanta(ExitCode.DONE, "user", "remove", "anna")).contains("Removed anna");
        assertThat(CommandLines.count(home, "SELECT COUNT(*) FROM console_user")).isZero();
        kanta(ExitCode.FAILED, "user", "remove", "anna");
    }

    /** Runs the command with this as its standard input. */
    private static String withInput(String input, java.util.function.Supplier<String> command) {
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return command.get();
        } finally {
            System.setIn(in);
        }
    }
}
