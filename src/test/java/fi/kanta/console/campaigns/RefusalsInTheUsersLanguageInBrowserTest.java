package fi.kanta.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.console.ConsoleInBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A refusal the console meets (a customer who is not there, an upload that is not there) is said
 * in the signed-in user's language, whatever the shop's language: Finnish to the Finnish marketer,
 * English to the English admin, on the same pages.
 */
class RefusalsInTheUsersLanguageInBrowserTest extends ConsoleInBrowser {

    @Test
    void theFinnishMarketerMeetsAnUnknownCustomersPreviewInFinnish() {
        signIn(MARKETER); // speaks Finnish; the shop's language is English here
        open("/console/campaigns/win-back/preview?customer=ei-ketään");

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText())
                .isEqualTo("asiakas: asiakasta, jonka asiakasnumero tai sähköpostiosoite on \"ei-ketään\", ei ole");
        assertThat(shown()).doesNotContain("no customer has");
        looksRight("preview-refusal-fi");

        signIn(ADMIN); // speaks English
        open("/console/campaigns/win-back/preview?customer=ei-ketään");
        assertThat(browser.findElement(By.cssSelector("p.problem")).getText())
                .isEqualTo("customer: no customer has the id or email address \"ei-ketään\"");
    }

    @Test
    void aCampaignThatIsNotThereIsSaidInTheUsersLanguageWithWhatThereIs() {
        signIn(MARKETER);
        open("/console/campaigns/tuntematon");

        // the text within the text (what there is, or that there is nothing yet) is Finnish too
        assertThat(browser.findElement(By.cssSelector("pre.problem")).getText())
                .startsWith("kampanjaa \"tuntematon\" ei ole (ei tiedostoa jobs/tuntematon.yml); ")
                .doesNotContain("there are", "there are no campaigns");
        looksRight("campaign-refusal-fi");

        signIn(VIEWER); // speaks English
        open("/console/campaigns/tuntematon");
        assertThat(browser.findElement(By.cssSelector("pre.problem")).getText())
                .startsWith("no campaign \"tuntematon\" (no file jobs/tuntematon.yml); ");
    }

    @Test
    void theFinnishMarketerMeetsAnUploadThatIsNotThereInFinnish() {
        signIn(MARKETER);
        open("/console/imports/987654");

        assertThat(browser.findElement(By.cssSelector("pre.problem")).getText()).isEqualTo("tuonti: latausta 987654 ei ole");
        assertThat(shown()).doesNotContain("there is no upload");
        looksRight("upload-refusal-fi");
    }
}
