package fi.kanta.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.Kanta;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kanta score} end to end: demo data in, fit report out, exit 0. */
class ScoreCommandLineTest {

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
    void scoresTheDemoDataAndPrintsEveryParameter() {
        assertThat(Kanta.run("demo", "--customers", "500", "--kanta.home=" + home)).as(err()).isEqualTo(ExitCode.DONE);
        out.reset();

        assertThat(Kanta.run("score", "--kanta.home=" + home)).as(err()).isEqualTo(ExitCode.DONE);

        String report = out.toString(StandardCharsets.UTF_8);
        originalOut.println(report); // for the reader of the test log
        assertThat(report).contains("r=", "alpha=", "a=", "b=", "p=", "q=", "gamma=", "time unit: days",
                "log-likelihood=", "RFM segments:");
    }

    @Test
    void theDemoScoresItsShopAndATinyShopStillFinishes() {
        assertThat(Kanta.run("demo", "--customers", "10", "--kanta.home=" + home)).as(err()).isEqualTo(ExitCode.DONE);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsAnyOf("r=", "Scoring skipped: ");
    }

    @Test
    void aMalformedDateIsAUsageError() {
        assertThat(Kanta.run("score", "--as-of", "31.3.2026", "--kanta.home=" + home)).isEqualTo(ExitCode.USAGE);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
