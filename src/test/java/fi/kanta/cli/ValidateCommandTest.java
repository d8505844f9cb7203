package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** {@code kanta validate} on the shipped definitions and templates, and on a template with a mistake. */
class ValidateCommandTest {

    @TempDir
    Path home;

    @Test
    void theShippedCampaignsAreValidAndABrokenTemplateIsNamedWithItsLine() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));

        assertThat(validate()).contains("ok     jobs/win-back.yml").contains("All definitions are valid");

        Path email = home.resolve("templates/win-back/email.html");
        Files.writeString(email, Files.readString(email).replace("${offer.discount}", "${offer.discont}"));
        assertThat(validate()).contains("error  jobs/win-back.yml: win-back/email.html line ").contains("offer.discont")
                .contains("1 file(s) with errors.");
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
