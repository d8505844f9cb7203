package fi.kanta.cli;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommittingChild;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The command line's contract: exit codes 0/1/2 and one clear line for every expected error. */
@ExtendWith(OutputCaptureExtension.class)
class KantaCommandLineTest {

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    @Test
    void noCommandIsAUsageError(CapturedOutput output) {
        assertThat(Kanta.run()).isEqualTo(ExitCode.USAGE);
        assertThat(output.getErr()).contains("Usage: kanta").contains("import").contains("demo").contains("status");
    }

    @Test
    void aMissingArgumentIsAUsageErrorThatSaysWhatWasExpected(CapturedOutput output) {
        assertThat(Kanta.run("import", "customers")).isEqualTo(ExitCode.USAGE);
        assertThat(output.getErr()).contains("kanta: missing: FILE", "Try: kanta import --help");
    }

    @Test
    void everyCommandExplainsItselfWithoutAskingForItsArguments(CapturedOutput output) {
        assertThat(Kanta.run("preview", "--help")).isEqualTo(ExitCode.DONE);
        assertThat(Kanta.run("suppressions", "lift", "--help")).isEqualTo(ExitCode.DONE);

        assertThat(output.getOut()).contains("Usage: kanta preview").contains("--customer=ID")
                .contains("Usage: kanta suppressions lift").contains("--reason");
        assertThat(output.getErr()).doesNotContain("Missing required");
    }

    @Test
    void anUnknownImportKindIsAUsageErrorListingTheKinds(CapturedOutput output) {
        assertThat(Kanta.run("import", "shoes", "shoes.csv")).isEqualTo(ExitCode.USAGE);
        assertThat(output.getErr()).contains("KIND: \"shoes\" will not do; give one of ").contains("customers, purchases, consents, suppressions, robinson, feedback, products, order-lines");
    }

    @Test
    void reportNpsIsNotTakenForARunAndPrintsTheMonths(CapturedOutput output) {
        assertThat(Kanta.run("report", "nps", "--months", "2", "--kanta.home=" + home)).isEqualTo(ExitCode.DONE);

        assertThat(output.getOut()).contains("NPS by month, all campaigns").containsPattern("(?m)^month +answers +promoters")
                .containsPattern("(?m)^total +0 +0 +0 +0 +-$");
        assertThat(output.getOut().lines().filter(line -> line.matches("\\d{4}-\\d{2} .*"))).hasSize(2);
    }

    @Test
    void reportWithoutARunSaysHowOneIsWritten(CapturedOutput output) {
        assertThat(Kanta.run("report")).isEqualTo(ExitCode.FAILED);
        assertThat(Kanta.run("report", "nps", "--months", "0")).isEqualTo(ExitCode.FAILED);

        assertThat(output.getErr()).contains("kanta report: a run is written CAMPAIGN/RUN-KEY")
                .contains("kanta report nps: --months must be between 1 and 1200");
    }

    @Test
    void aMissingFileIsOneLineAndExitOne(CapturedOutput output) {
        assertThat(Kanta.run("import", "customers", home.resolve("nowhere.csv").toString(), "--kanta.home=" + home))
                .isEqualTo(ExitCode.FAILED);
        assertThat(output.getErr().strip()).isEqualTo("kanta import: " + home.resolve("nowhere.csv").toAbsolutePath() + ": no such file")
                .doesNotContain("Exception");
    }

    @Test
    void anImportPrintsWhatItDidAndWhereTheRejectsAre(CapturedOutput output) throws Exception {
        Path file = Files.writeString(home.resolve("customers.csv"), "customer_id;customer_since\nC1;2025-01-01\nC2;oops\n");

        assertThat(Kanta.run("import", "customers", file.toString(), "--kanta.home=" + home)).isEqualTo(ExitCode.DONE);

        assertThat(output.getOut()).contains("customers.csv: 2 customers rows read, 1 imported, 1 rejected")
                .contains(home.resolve("out/import/customers").toString());
        assertThat(Kanta.run("status", "--kanta.home=" + home)).isEqualTo(ExitCode.DONE);
        assertThat(output.getOut()).containsPattern("customers +1\\b").contains("COMPLETED");
    }

    @Test
    void aDatabaseInUseByAnotherProcessIsOneClearLine(CapturedOutput output) throws Exception {
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
        assertThat(output.getErr().strip()).startsWith("kanta status: the database is in use by another Kanta process")
                .doesNotContain("\n");
    }


}
