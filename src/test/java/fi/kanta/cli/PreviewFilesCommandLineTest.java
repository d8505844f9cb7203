package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestCampaigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The files {@code kanta preview} writes for a campaign whose letter and email share a template
 * folder, through the real command line: the letter (laid out on a second thread while the templates
 * are checked) and the email, listed in the channels' order; and nothing at all when the templates
 * fail their check, though the letter was already being laid out.
 */
class PreviewFilesCommandLineTest extends InAHome {

    private static final String AUTUMN = """
            name: autumn
            kind: win-back
            period: weekly
            segment: { all: [] }
            holdout: 0
            channels:
              - { type: letter, template: win-back, cost: 1.00 }
              - { type: email, template: win-back }
            offer: { code-prefix: AU, discount: "5 €", valid-days: 20 }
            """;

    @Test
    void previewWritesTheLetterAndTheEmailInTheChannelsOrder() throws IOException {
        TestCampaigns.define(home, "autumn", AUTUMN);
        oneCustomer();
        Path folder = Files.createDirectories(home.resolve("out/autumn/preview/P1"));
        Path stale = Files.writeString(folder.resolve("letters-0002.pdf"), "an earlier preview's second print file");

        String output = kanta(ExitCode.DONE, "preview", "autumn", "--customer", "P1", "--run-key", "r1");

        List<String> wrote = output.lines().filter(line -> line.startsWith("Wrote ")).toList();
        assertThat(wrote).containsExactly("Wrote " + folder.resolve("letters-0001.pdf"), "Wrote " + folder.resolve("email.html"),
                "Wrote " + folder.resolve("email.eml"));
        assertThat(stale).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("letters-0001.pdf", "email.html", "email.eml"); // no .part left
        }
        try (PDDocument letter = Loader.loadPDF(folder.resolve("letters-0001.pdf").toFile())) {
            assertThat(letter.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(letter)).containsSubsequence("Aino Virtanen", "Mannerheimintie 5 A 3",
                    "00100 Helsinki", "Hei Aino,");
        }
        assertThat(Files.readString(folder.resolve("email.html"), StandardCharsets.UTF_8)).contains("Aino");
    }

    @Test
    void templatesThatFailTheirCheckLeaveNoLetterAndNoEmail() throws IOException {
        TestCampaigns.define(home, "autumn", AUTUMN);
        oneCustomer();
        Path messages = home.resolve("templates/win-back/messages_sv.properties");
        String swedish = Files.readString(messages, StandardCharsets.UTF_8);
        assertThat(swedish).contains("winback.greeting=Hej {firstName},");
        Files.writeString(messages, swedish.replace("winback.greeting=Hej {firstName},", ""), StandardCharsets.UTF_8);

        assertThat(kanta(ExitCode.FAILED, "preview", "autumn", "--customer", "P1", "--run-key", "r1"))
                .contains("no message 'winback.greeting' in win-back/messages_sv.properties or messages_sv.properties")
                .doesNotContain("Wrote ");
        Path folder = home.resolve("out/autumn/preview/P1");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).isEmpty();
            }
        }
    }

    private void oneCustomer() throws IOException {
        Path customers = Files.writeString(home.resolve("customers.csv"),
                "customer_id;first_name;last_name;email;street;postal_code;city;country;language\n"
                        + "P1;Aino;Virtanen;aino@example.fi;Mannerheimintie 5 A 3;00100;Helsinki;FI;fi\n", StandardCharsets.UTF_8);
        kanta(ExitCode.DONE, "import", "customers", customers.toString());
    }
}
