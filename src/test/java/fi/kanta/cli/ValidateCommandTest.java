package fi.kanta.cli;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** {@code kanta validate} on the shipped definitions and templates, and on a template with a mistake. */
class ValidateCommandTest {

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    @Test
    void theShippedCampaignsAreValidAndABrokenTemplateIsNamedWithItsLine() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));

        assertThat(validate()).contains("ok     jobs/win-back.yml").contains("All definitions are valid");

        Path email = home.resolve("templates/win-back/email.html");
        Files.writeString(email, Files.readString(email).replace("#{winback.offer}", "${offer.discont}"));
        assertThat(validate()).contains("error  jobs/win-back.yml: win-back/email.html line ").contains("offer.discont")
                .contains("1 file(s) with errors.");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingBothLines() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Path winBack = home.resolve("jobs/win-back.yml");
        List<String> lines = Files.readAllLines(winBack);
        int holdout = lines.indexOf("holdout: 0.1") + 1;
        lines.add(holdout, "holdout: 0.5");
        Files.write(winBack, lines);
        Path segments = home.resolve("jobs/segments.yml");
        Files.writeString(segments, Files.readString(segments).replace("op: \">=\", value: 1 }",
                "op: \">=\", value: 1, op: \">\" }"));

        assertThat(validate()).contains("error  jobs/win-back.yml:" + (holdout + 1) + ": holdout: given twice, on lines " + holdout
                        + " and " + (holdout + 1) + "; keep the one you mean")
                .containsPattern("error  jobs/segments.yml:\\d+: lapsing-valuable.all\\[0\\].op: given twice, on lines \\d+ and \\d+")
                .contains("2 file(s) with errors.");
    }

    @Test
    void aMistakeInSegmentsIsReportedOnceWhereItIsNotAgainstEveryCampaignUsingIt() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Path segments = home.resolve("jobs/segments.yml");
        Files.writeString(segments, Files.readString(segments).replace("field: clv_12m, op: \">=\", value: 10",
                "field: clv12m, op: \">=\", value: 10"));

        String out = validate();

        assertThat(out.lines().filter(line -> line.contains("clv12m"))).singleElement().asString()
                .startsWith("error  jobs/segments.yml:");
        assertThat(out).contains("ok     jobs/win-back.yml").contains("1 file(s) with errors.");
    }

    private String validate() {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Kanta.run("validate", "--kanta.home=" + home);
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
