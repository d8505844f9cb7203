package fi.kanta.render;

import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.withOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newsletter's offer per favourite category, keyed by the shop's own category names. */
class CategoryTextsTest {

    @TempDir
    Path templates;

    private TemplateFolder folder;

    @BeforeEach
    void aFinnishShopWritesItsOwnCategories() throws IOException {
        folder = TemplateFolder.copyOfShipped(templates);
        for (String language : List.of("fi", "sv", "en")) {
            folder.append("weekly-newsletter/messages_" + language + ".properties",
                    "editorial.offer.Kengät=Kengät " + language + ": talvikengät -20 %, {firstName}.",
                    "editorial.offer.urheilu_ja_vapaa-aika=Urheilu " + language + ": sukset -10 %.");
        }
    }

    @Test
    void aCustomerWhoseFavouriteIsKengätGetsTheKengätOffer() {
        RenderedEmail email = newsletter().email(withOffer(aino(), "favouriteCategory", "Kengät"));

        assertThat(email.html()).contains("Kengät fi: talvikengät -20 %, Aino.").doesNotContain("ilmainen toimitus");
        assertThat(email.text()).contains("Kengät fi: talvikengät -20 %, Aino.");
    }

    @Test
    void aCategoryNameMatchesWhateverItsCaseAndWithSpacesWrittenAsUnderscores() {
        assertThat(newsletter().email(withOffer(aino(), "favouriteCategory", "Urheilu ja vapaa-aika")).text())
                .contains("Urheilu fi: sukset -10 %.");
        assertThat(newsletter().email(withOffer(aino(), "favouriteCategory", "KENGÄT")).text()).contains("Kengät fi:");
    }

    @Test
    void aCategoryWithoutATextAndACustomerWithoutACategoryGetTheGenericOffer() {
        assertThat(newsletter().email(withOffer(aino(), "favouriteCategory", "Laukut")).text())
                .contains("Sinulle tällä viikolla: ilmainen toimitus kaikkiin tilauksiin.");
        assertThat(newsletter().email(withOffer(aino(), "favouriteCategory", null)).text())
                .contains("Sinulle tällä viikolla: ilmainen toimitus kaikkiin tilauksiin.");
    }

    @Test
    void theCheckNamesEachCategoryWithoutATextPerLanguageAndTheFileToAddItTo() throws IOException {
        folder.replace("weekly-newsletter/messages_sv.properties", "editorial.offer.Kengät=", "editorial.offer.Skor=");
        CampaignTemplates newsletter = newsletter();
        newsletter.check();

        assertThat(newsletter.hasCategoryTexts()).isTrue();
        assertThat(newsletter.missingCategoryTexts(List.of("Kengät", "Urheilu ja vapaa-aika", "Shoes", "Laukut")))
                .containsExactly(
                        new MissingCategoryText("weekly-newsletter", "Laukut", "fi", "editorial.offer.Laukut", "editorial.offer",
                                "weekly-newsletter/messages_fi.properties"),
                        new MissingCategoryText("weekly-newsletter", "Kengät", "sv", "editorial.offer.Kengät", "editorial.offer",
                                "weekly-newsletter/messages_sv.properties"),
                        new MissingCategoryText("weekly-newsletter", "Laukut", "sv", "editorial.offer.Laukut", "editorial.offer",
                                "weekly-newsletter/messages_sv.properties"),
                        new MissingCategoryText("weekly-newsletter", "Laukut", "en", "editorial.offer.Laukut", "editorial.offer",
                                "weekly-newsletter/messages_en.properties"));
        CampaignTemplates winBack = CampaignTemplates.open(templates, "win-back");
        winBack.check();
        assertThat(winBack.hasCategoryTexts()).isFalse();
    }

    @Test
    void aMistakeInACategoryTextIsFoundBeforeAnyCustomerOfThatCategoryIsWrittenTo() throws IOException {
        folder.replace("weekly-newsletter/messages_en.properties", "{firstName}.", "{firstname}.");

        assertThatThrownBy(() -> newsletter().check())
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith("weekly-newsletter/editorial.")
                .hasMessageEndingWith("message 'editorial.offer.Kengät' in weekly-newsletter/messages_en.properties:"
                        + " unknown placeholder {firstname} (did you mean {firstName}?)");
    }

    @Test
    void withoutTheGenericTextTheCheckSaysWhichKeyIsMissing() throws IOException {
        folder.replace("weekly-newsletter/messages_sv.properties", "editorial.offer=", "editorial.offer.Övrigt=");

        assertThatThrownBy(() -> newsletter().check())
                .hasMessageContaining("no message 'editorial.offer' in weekly-newsletter/messages_sv.properties or messages_sv.properties"
                        + " (the text for a favourite category that has no text of its own)");
    }

    private CampaignTemplates newsletter() {
        return CampaignTemplates.open(templates, "weekly-newsletter");
    }
}
