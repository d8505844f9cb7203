package fi.kanta.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.console.ConsoleInBrowser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A refusal the console meets (a customer who is not there, an upload that is not there, a launch
 * refused in the background, a campaign file's mistakes) is said in the signed-in user's language, whatever the shop's
 * language: Finnish to the Finnish marketer, English to the English admin, on the same pages. The
 * home is not the demo's, so its sender (the demo's) may not send.
 */
@TestPropertySource(properties = "kanta.demo=false")
class RefusalsInTheUsersLanguageInBrowserTest extends ConsoleInBrowser {

    /** The application's home: test classes sharing one application context share it, whatever their own temporary folder. */
    @Autowired
    KantaHome kantaHome;

    @Test
    void theFinnishMarketerMeetsAnUnknownCustomersPreviewInFinnish() {
        // the marketer speaks Finnish; the shop's language is English here
        assertThat(refusal(MARKETER, "/console/campaigns/win-back/preview?customer=ei-ketään", "p.problem"))
                .isEqualTo("asiakas: asiakasta, jonka asiakasnumero tai sähköpostiosoite on \"ei-ketään\", ei ole");
        assertThat(shown()).doesNotContain("no customer has");
        looksRight("preview-refusal-fi");

        // the admin speaks English
        assertThat(refusal(ADMIN, "/console/campaigns/win-back/preview?customer=ei-ketään", "p.problem"))
                .isEqualTo("customer: no customer has the id or email address \"ei-ketään\"");
    }

    @Test
    void aCampaignThatIsNotThereIsSaidInTheUsersLanguageWithWhatThereIs() {
        // the text within the text (what there is, or that there is nothing yet) is Finnish too
        assertThat(refusal(MARKETER, "/console/campaigns/tuntematon", "pre.problem"))
                .startsWith("kampanjaa \"tuntematon\" ei ole (ei tiedostoa jobs/tuntematon.yml); ")
                .doesNotContain("there are", "there are no campaigns");
        looksRight("campaign-refusal-fi");

        // the viewer speaks English
        assertThat(refusal(VIEWER, "/console/campaigns/tuntematon", "pre.problem"))
                .startsWith("no campaign \"tuntematon\" (no file jobs/tuntematon.yml); ");
    }

    @Test
    void theFinnishMarketerMeetsAnUploadThatIsNotThereInFinnish() {
        assertThat(refusal(MARKETER, "/console/imports/987654", "pre.problem")).isEqualTo("tuonti: latausta 987654 ei ole");
        assertThat(shown()).doesNotContain("there is no upload");
        looksRight("upload-refusal-fi");
    }

    @Test
    void aLaunchRefusedForTheDemosSenderIsSaidInTheLanguageOfWhoeverLaunchedIt() throws IOException {
        // a home that is not the demo's, whose sender is still the demo's: letters may not go out
        shippedCampaigns(kantaHome.home(), "win-back.yml", "segments.yml");

        // the dry run's warning too: no scores yet in this home
        assertThat(refusal(MARKETER, "/console/campaigns/win-back/dry-run", "p.warning"))
                .startsWith("pisteitä ei ole vielä (aja: kanta score), joten asiakkaat järjestetään ostojen yhteissumman mukaan");

        assertThat(launchRefusal(MARKETER)).startsWith("win-back: mitään ei lähetetty: kirjeet lähtisivät asetuksilla")
                .contains("kanta.sender.name (yhä demon \"Kanta Demo Shop\")",
                        ".example on varattu verkkotunnus, joka ei tavoita ketään");
        assertThat(shown()).doesNotContain("nothing was sent", "letters would go out", "reserved domain");
        looksRight("launch-refusal-fi");

        assertThat(launchRefusal(ADMIN)).startsWith("win-back: nothing was sent: letters would go out with settings")
                .contains("kanta.sender.name (still the demo's \"Kanta Demo Shop\")");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'campaignJob'", Long.class))
                .as("refused before the run existed").isZero();
    }

    @Test
    void aCampaignsMistakesAreSaidInTheUsersLanguage() throws IOException {
        shippedCampaigns(kantaHome.home(), "win-back.yml", "segments.yml");
        // the shipped win-back with its period mistyped
        Path typo = kantaHome.home().resolve("jobs/typo.yml");
        Files.writeString(typo, Files.readString(Path.of("jobs", "win-back.yml")).replace("name: win-back", "name: typo")
                .replace("\nperiod:", "\nperod:"));
        try {
            assertThat(refusal(MARKETER, "/console/campaigns/typo", "pre.mistakes"))
                    .contains("jobs/typo.yml:5: perod: tuntematon kenttä (tarkoititko \"period\"?)", "kenttä \"period\" puuttuu")
                    .doesNotContain("unknown field", "did you mean", "missing field");
            looksRight("campaign-mistakes-fi");

            assertThat(refusal(ADMIN, "/console/campaigns/typo", "pre.mistakes"))
                    .contains("jobs/typo.yml:5: perod: unknown field (did you mean \"period\"?)");
        } finally {
            Files.delete(typo); // the other tests' campaigns stay valid
        }
    }

    /** What the run's page says after {@code user} launched the win-back in the console. */
    private String launchRefusal(String user) {
        signIn(user);
        open("/console/campaigns/win-back/launch");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // the launch ends in the background; the run's page loads itself again until it says how
        return new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElements(By.cssSelector("p.problem")).stream().findFirst().map(p -> p.getText()).orElse(null));
    }

    /** What the console says, in the element {@code selector}, to {@code user} signed in and opening {@code path}. */
    private String refusal(String user, String path, String selector) {
        signIn(user);
        open(path);
        return browser.findElement(By.cssSelector(selector)).getText();
    }
}
