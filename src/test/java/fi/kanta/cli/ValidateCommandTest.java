package fi.kanta.cli;

import fi.kanta.CommandLines;
import fi.kanta.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

        assertThat(validate()).contains("ok     jobs/win-back.yml").contains("All definitions are valid")
                .doesNotContain("kanta.brand.color");

        Path email = home.resolve("templates/win-back/email.html");
        Files.writeString(email, Files.readString(email).replace("#{winback.cta}", "${offer.discont}"));
        assertThat(validate()).contains("error  jobs/win-back.yml: win-back/email.html line ").contains("offer.discont")
                .contains("1 mistake in 1 file.");
    }

    @Test
    void aBrandColourTooLightForTextIsAWarningWithADarkerShadeThatReads() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));

        String out = validate("validate", "--kanta.home=" + home, "--kanta.brand.color=#ffcc00");

        assertThat(out).contains("warning  kanta.brand.color #ffcc00 is light against white (contrast 1.5:1;")
                .contains("kanta.brand.color=#8e7200 in kanta.properties")
                .contains("All definitions are valid"); // a warning: the campaigns still render and send
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
                .contains("2 mistakes in 2 files.");
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
        assertThat(out).contains("ok     jobs/win-back.yml").contains("1 mistake in 1 file.");
    }

    @Test
    void everyMistakeInAFileIsListedAtOnceWithADidYouMeanForMistypedNames() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Path winBack = home.resolve("jobs/win-back.yml");
        Files.writeString(winBack, Files.readString(winBack).replace("period: weekly", "period: weakly")
                .replace("segment: lapsing-valuable", "segment: lapsing-valuabel").replace("max-recipients: 5000", "max-recipient: 5000"));

        String out = validate();

        // one round names all three, each with its line, field and the name that was meant
        assertThat(out).contains("error  jobs/win-back.yml:5: period: \"weakly\" is not allowed (did you mean \"weekly\"?)")
                .contains("error  jobs/win-back.yml:6: segment: no segment named \"lapsing-valuabel\" in jobs/segments.yml"
                        + " (did you mean \"lapsing-valuable\"?)")
                .contains("error  jobs/win-back.yml:10: selection.max-recipient: unknown field (did you mean \"max-recipients\"?)")
                .contains("3 mistakes in 1 file.");
    }

    @Test
    void aMistypedTemplateAndSegmentFieldAreEachMetWithTheNameMeant() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Path winBack = home.resolve("jobs/win-back.yml");
        Files.writeString(winBack, Files.readString(winBack).replace("  - type: email\n    template: win-back",
                "  - type: email\n    template: win-bak"));
        Path segments = home.resolve("jobs/segments.yml");
        Files.writeString(segments, Files.readString(segments).replace("field: p_alive, op: between", "field: p_alve, op: between")
                .replace("field: clv_12m, op: \">=\", value: 10", "field: clv_12m, op: \"=>\", value: 10"));

        String out = validate();

        assertThat(out).containsPattern("error  jobs/segments.yml:\\d+: lapsing-valuable.all\\[1\\].field: \"p_alve\" is not a field"
                        + " segments can use \\(did you mean \"p_alive\"\\?\\)")
                .containsPattern("error  jobs/segments.yml:\\d+: lapsing-valuable.all\\[2\\].op: \"=>\" cannot be used on clv_12m")
                .contains("3 mistakes in 2 files.");
        Files.writeString(segments, Files.readString(segments).replace("p_alve", "p_alive").replace("\"=>\"", "\">=\""));
        assertThat(validate()).contains("no templates for campaign 'win-bak'").contains("(did you mean \"win-back\"?)")
                .contains("1 mistake in 1 file.");
    }

    @Test
    void campaignsCheckedAtOnceAreListedInTheirFilesOrderEachWithItsOwnMistake() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Path winBack = home.resolve("templates/win-back/email.html");
        Files.writeString(winBack, Files.readString(winBack).replace("#{winback.cta}", "${offer.discont}"));
        Path feedback = home.resolve("templates/feedback/email.html");
        Files.writeString(feedback, Files.readString(feedback).replace("#{feedback.subject}", "${customer.nickname}"));

        List<String> lines = validate().lines().toList();

        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("ok     jobs/segments.yml");
        assertThat(lines.get(1)).startsWith("error  jobs/feedback.yml: feedback/email.html line ").contains("customer.nickname")
                .doesNotContain("offer.discont");
        assertThat(lines.get(2)).startsWith("ok     jobs/service-recovery.yml");
        assertThat(lines.get(3)).startsWith("ok     jobs/weekly-newsletter.yml");
        assertThat(lines.get(4)).startsWith("error  jobs/win-back.yml: win-back/email.html line ").contains("offer.discont")
                .doesNotContain("nickname");
        assertThat(lines.get(5)).isEqualTo("2 mistakes in 2 files.");
    }

    @Test
    void onPostgreSQLTheShippedCampaignsAreValid() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        List<String> args = new ArrayList<>(List.of("validate", "--kanta.home=" + home));
        args.addAll(TestPostgres.settings(TestPostgres.freshDatabase("validate_command")));

        assertThat(validate(args.toArray(String[]::new))).contains("ok     jobs/win-back.yml: win-back, weekly, letter + email")
                .contains("All definitions are valid");
    }

    private String validate() {
        return validate("validate", "--kanta.home=" + home);
    }

    private String validate(String... args) {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Kanta.run(args);
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
