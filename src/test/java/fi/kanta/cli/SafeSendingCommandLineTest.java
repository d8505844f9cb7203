package fi.kanta.cli;

import static fi.kanta.CommandLines.count;
import static fi.kanta.CommandLines.run;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters and emails go out in the shop's own name or not at all, and a run asks before it sends.
 * The tests' classpath marks every home as the demo's ({@code kanta.demo=true}); here it is not.
 */
class SafeSendingCommandLineTest {

    private static final String NOT_DEMO = "--kanta.demo=false";

    @TempDir
    Path home;

    @Test
    void aRunThatPrintsLettersRefusesUntilTheShopsOwnSettingsAreFilledIn() throws Exception {
        run(ExitCode.DONE, "init", home.toString());

        String refused = run(ExitCode.FAILED, "run", "win-back", "--yes", "--kanta.home=" + home, NOT_DEMO);

        assertThat(refused).contains("win-back: nothing was sent").contains("Set in " + home.resolve("kanta.properties"))
                .contains("kanta.sender.name (still the placeholder <your shop's name>)")
                .contains("kanta.sender.street (still the placeholder <street address>)")
                .contains("kanta.web.public-url (https://kanta.your-shop.example: .example is a reserved domain that reaches no one)")
                .contains("kanta.sender.email");
        // refused before the run existed
        assertThat(count(home, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'campaignJob'")).isZero();

        Path settings = home.resolve("kanta.properties");
        Files.writeString(settings, Files.readString(settings)
                .replace("<your shop's name>", "Puoti Oy").replace("<street address>", "Kauppakatu 3")
                .replace("<postal code>", "33100").replace("<city>", "Tampere")
                .replace("campaigns@your-shop.example", "uutiset@puoti.fi").replace("https://www.your-shop.example", "https://puoti.fi")
                .replace("https://kanta.your-shop.example", "https://kanta.puoti.fi"));

        assertThat(run(ExitCode.DONE, "run", "win-back", "--yes", "--kanta.home=" + home, NOT_DEMO)).contains("win-back/");
    }

    @Test
    void theRefusalIsInTheMarketersLanguage() throws Exception {
        run(ExitCode.DONE, "init", home.toString(), "--language", "fi");

        String refused = run(ExitCode.FAILED, "run", "win-back", "--yes", "--kanta.home=" + home, NOT_DEMO);

        assertThat(refused).contains("win-back: mitään ei lähetetty: kirjeet lähtisivät asetuksilla")
                .contains("Aseta tiedostossa " + home.resolve("kanta.properties"))
                .contains("kanta.sender.name (yhä paikanvaraaja <your shop's name>)")
                .contains(".example on varattu verkkotunnus, joka ei tavoita ketään");
    }

    @Test
    void theDemosSettingsAreRefusedOutsideTheDemoAndEmailsOnlyWhenAMailServerSendsThem() throws Exception {
        CommandLines.home(home); // a home whose settings are the defaults: the demo's
        run(ExitCode.DONE, "init", home.toString()); // the shipped campaigns; kanta.properties is kept as it was

        // emails written as .eml files reach no one: allowed
        run(ExitCode.DONE, "run", "weekly-newsletter", "--yes", "--kanta.home=" + home, NOT_DEMO);
        String refused = run(ExitCode.FAILED, "run", "weekly-newsletter", "--yes", "--run-key", "smtp", "--kanta.home=" + home,
                NOT_DEMO, "--spring.mail.host=127.0.0.1", "--spring.mail.port=1");

        assertThat(refused).contains("emails would go out").contains("kanta.sender.name (still the demo's \"Kanta Demo Shop\")")
                .contains("kanta.sender.street (still the demo's \"Esimerkkikatu 1\")")
                .contains("kanta.sender.email (kampanjat@kanta-demo.example: .example is a reserved domain that reaches no one)");
    }

    @Test
    void withoutATerminalARunSendsOnlyWithYes() throws Exception {
        run(ExitCode.DONE, "init", home.toString());

        String refused = run(ExitCode.FAILED, "run", "win-back", "--kanta.home=" + home);

        assertThat(refused).contains("add --yes to send").contains("kanta run win-back --dry-run");
        assertThat(count(home, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'campaignJob'")).isZero();
    }

    @Test
    void aHomeWithNoCampaignsSaysWhereTheyGoAndHowToGetThem() {
        CommandLines.home(home);
        String expected = "there are no campaigns in " + home.resolve("jobs") + " yet: kanta init copies the shipped ones there";

        assertThat(run(ExitCode.FAILED, "run", "win-back", "--dry-run", "--kanta.home=" + home)).contains(expected)
                .doesNotContain("there are: ");
        assertThat(run(ExitCode.FAILED, "validate", "--kanta.home=" + home)).contains(expected);
        assertThat(run(ExitCode.FAILED, "preview", "win-back", "--customer", "1", "--kanta.home=" + home)).contains(expected);
    }
}
