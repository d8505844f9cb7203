package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommittingChild;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes 0/1/2 and one clear line for every expected error. */
class KantaCommandLineTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private PrintStream originalOut;

    @BeforeEach
    void captureOutput() {
        originalErr = System.err;
        originalOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(Kanta.run()).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("Usage: kanta").contains("import").contains("demo").contains("status");
    }

    @Test
    void aMissingArgumentIsAUsageErrorThatSaysWhatWasExpected() {
        assertThat(Kanta.run("import", "customers")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void anUnknownImportKindIsAUsageErrorListingTheKinds() {
        assertThat(Kanta.run("import", "shoes", "shoes.csv")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("CUSTOMERS, PURCHASES, CONSENTS, SUPPRESSIONS");
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        assertThat(Kanta.run("import", "customers", home.resolve("nowhere.csv").toString(), "--kanta.home=" + home))
                .isEqualTo(ExitCode.FAILED);
        assertThat(err().strip()).isEqualTo("kanta import: " + home.resolve("nowhere.csv").toAbsolutePath() + ": no such file")
                .doesNotContain("Exception");
    }

    @Test
    void anImportPrintsWhatItDidAndWhereTheRejectsAre() throws Exception {
        Path file = Files.writeString(home.resolve("customers.csv"), "customer_id;email\nC1;a@example.fi\nC2;oops\n");

        assertThat(Kanta.run("import", "customers", file.toString(), "--kanta.home=" + home)).isEqualTo(ExitCode.DONE);

        assertThat(out()).contains("customers.csv: 2 customers rows read, 1 imported, 1 rejected")
                .contains(home.resolve("out/import/customers").toString());
        assertThat(Kanta.run("status", "--kanta.home=" + home)).isEqualTo(ExitCode.DONE);
        assertThat(out()).containsPattern("customers +1\\b").contains("COMPLETED");
    }

    @Test
    void aDatabaseInUseByAnotherProcessIsOneClearLine() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommittingChild.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader childOut = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = childOut.readLine()) != null && !line.startsWith("committed")) {
                // wait until the other process holds the database
            }
            assertThat(Kanta.run("status", "--kanta.home=" + home)).isEqualTo(ExitCode.FAILED);
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(err().strip()).startsWith("kanta status: the database is in use by another Kanta process")
                .doesNotContain("\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
