package fi.kanta.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.Kanta;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code kanta score} end to end: demo data in, fit report out, exit 0. */
@ExtendWith(OutputCaptureExtension.class)
class ScoreCommandLineTest {

    @TempDir
    Path home;

    @Test
    void scoresTheDemoDataAndPrintsEveryParameter(CapturedOutput output) {
        assertThat(Kanta.run("demo", "--customers", "500", "--kanta.home=" + home)).as(output.getErr()).isEqualTo(ExitCode.DONE);
        int demoOutput = output.getOut().length();

        assertThat(Kanta.run("score", "--details", "--kanta.home=" + home)).as(output.getErr()).isEqualTo(ExitCode.DONE);

        String report = output.getOut().substring(demoOutput);
        assertThat(report).contains("r=", "alpha=", "a=", "b=", "p=", "q=", "gamma=", "time unit: days",
                "log-likelihood=", "Customers by RFM segment");
    }

    @Test
    void theDemoScoresItsShopAndATinyShopStillFinishes(CapturedOutput output) {
        assertThat(Kanta.run("demo", "--customers", "10", "--kanta.home=" + home)).as(output.getErr()).isEqualTo(ExitCode.DONE);
        assertThat(output.getOut()).containsAnyOf("r=", "Scoring skipped: ");
    }

    @Test
    void aMalformedDateIsAUsageError(CapturedOutput output) {
        assertThat(Kanta.run("score", "--as-of", "31.3.2026", "--kanta.home=" + home)).isEqualTo(ExitCode.USAGE);
        assertThat(output.getErr()).contains("31.3.2026");
    }
}
