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

    /** What the console says, in the element {@code selector}, to {@code user} signed in and opening {@code path}. */
    private String refusal(String user, String path, String selector) {
        signIn(user);
        open(path);
        return browser.findElement(By.cssSelector(selector)).getText();
    }
}
