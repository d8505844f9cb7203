package fi.kanta.cli;

import static fi.kanta.CommandLines.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kanta init}: a home of the shop's own, and commands that say how to make one where there is none. */
class InitCommandTest {

    @TempDir
    Path folder;

    @Test
    void initMakesAHomeWithTheShippedCampaignsAndSettingsToFillIn() throws Exception {
        Path home = folder.resolve("kauppa");
        String made = run(ExitCode.DONE, "init", home.toString(), "--language", "sv");

        // the marketer chose Swedish, so init answers in it
        assertThat(made).contains("En Kanta-hemmapp skapades: " + home).contains("kanta.properties")
                .contains("kanta import customers FIL").contains("kanta validate").contains("kanta run win-back --dry-run");
        assertThat(home.resolve("jobs/win-back.yml")).isRegularFile();
        assertThat(home.resolve("templates/win-back")).isDirectory();
        String settings = Files.readString(home.resolve("kanta.properties"));
        // the shop's own name and addresses are to be filled in: never the demo's
        assertThat(settings).contains("kanta.sender.name=<your shop's name>").contains("kanta.shop.language=sv")
                .contains("kanta.web.public-url=").contains("#spring.mail.host=").contains("kanta.sending.test-addresses")
                .contains("kanta.schedule.catch-up-window=6h").contains("kanta.shop.url=")
                .doesNotContain("Kanta Demo Shop").doesNotContain("kanta-demo.example").doesNotContain("kanta.demo=true");

        // the new home works: every command reads its settings
        assertThat(run(ExitCode.DONE, "validate", "--kanta.home=" + home)).doesNotContain("no Kanta home");
    }

    @Test
    void initAgainKeepsWhatTheMarketerEdited() throws Exception {
        run(ExitCode.DONE, "init", folder.toString());
        Files.writeString(folder.resolve("kanta.properties"), "kanta.sender.name=Puoti Oy\n");
        Files.writeString(folder.resolve("jobs/win-back.yml"), "# mine\n");
        Files.delete(folder.resolve("jobs/feedback.yml"));

        String again = run(ExitCode.DONE, "init", "--kanta.home=" + folder);

        assertThat(again).contains("kept as it was").contains("1 file copied");
        assertThat(Files.readString(folder.resolve("kanta.properties"))).isEqualTo("kanta.sender.name=Puoti Oy\n");
        assertThat(Files.readString(folder.resolve("jobs/win-back.yml"))).isEqualTo("# mine\n");
        assertThat(folder.resolve("jobs/feedback.yml")).isRegularFile();
    }

    @Test
    void aCommandWhereNoHomeWasMadeSaysHowToMakeOne() {
        Path typo = folder.resolve("kuappa");
        String refused = run(ExitCode.FAILED, "status", "--kanta.home=" + typo);

        assertThat(refused.strip()).isEqualTo("kanta status: no Kanta home in " + typo + " (no kanta.properties): make one with"
                + " kanta init " + typo + ", or try the demo shop with kanta demo");
        assertThat(typo.resolve("data")).doesNotExist(); // no empty database made where the user did not mean
    }

    @Test
    void aHomeFromAnEarlierVersionRunsAndIsToldAboutInit() throws Exception {
        Files.createDirectories(folder.resolve("data"));

        String status = run(ExitCode.DONE, "status", "--kanta.home=" + folder);

        assertThat(status).contains("note: " + folder + " has no kanta.properties; kanta init " + folder
                + " adds one for the shop's settings, keeping jobs/ and templates/ as they are");
    }

    @Test
    void aWrongValueInKantaPropertiesNamesTheSettingAndTheFile() throws Exception {
        run(ExitCode.DONE, "init", folder.toString());
        Path settings = folder.resolve("kanta.properties");
        Files.writeString(settings, Files.readString(settings).replace("kanta.shop.time-zone=Europe/Helsinki",
                "kanta.shop.time-zone=Europe/Helsingfors"));

        String refused = run(ExitCode.FAILED, "status", "--kanta.home=" + folder);

        assertThat(refused).contains("kanta.shop.time-zone=Europe/Helsingfors in " + settings + ":").contains("(a time zone, e.g. Europe/Helsinki")
                .doesNotContain("unexpected error");
    }
}
