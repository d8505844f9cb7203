package fi.kanta.render;

import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static fi.kanta.render.Recipients.withOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each reward's own text (templates/README.md "Texts per reward"): {@code winback.offer.<category>} by
 * the category the reward was chosen by, else the general {@code winback.offer}, in the email and the
 * letter alike; the check finds a mistake in any of them and names a text one language lacks.
 */
class RewardTextsTest {

    @TempDir
    Path templates;

    private TemplateFolder folder;

    @BeforeEach
    void shipped() {
        folder = TemplateFolder.copyOfShipped(templates);
    }

    @Test
    void aRewardForACategoryHasItsOwnTextInTheCustomersLanguageInTheEmailAndTheLetter() {
        // the category as the data writes it, in any case
        Map<String, Object> shoes = withOffer(aino(), "rewardCategory", "shoes");

        assertThat(winBack().email(shoes).text()).contains("Suosikkiosastosi Kengät nyt -20\u00a0%: kiitos, että olet asiakkaamme.")
                .doesNotContain("seuraavasta ostoksestasi");
        assertThat(winBack().email(shoes).html()).contains("Suosikkiosastosi Kengät nyt -20\u00a0%");
        assertThat(winBack().letter(shoes)).contains("Suosikkiosastosi Kengät nyt -20\u00a0%");
        assertThat(winBack().email(withOffer(erik(), "rewardCategory", "Beauty")).text())
                .contains("Du berättade att skönhet intresserar dig: alla skönhetsprodukter nu -20\u00a0%.");
        assertThat(winBack().email(withOffer(emma(), "rewardCategory", "KIDS")).text())
                .contains("Your favourite department, Kids, is now 20\u00a0% off");
    }

    @Test
    void theLastRewardAndACategoryWithoutALineGetTheGeneralText() {
        String general = "Kiitokseksi siitä, että olet asiakkaamme, saat seuraavasta ostoksestasi 20\u00a0% alennusta.";

        assertThat(winBack().email(aino()).text()).contains(general).doesNotContain("Suosikkiosastosi");
        assertThat(winBack().email(withOffer(aino(), "rewardCategory", "Home")).text()).contains(general);
        assertThat(winBack().letter(withOffer(aino(), "rewardCategory", "Home"))).contains(general);
    }

    @Test
    void theCheckNamesATextOneLanguageHasAndAnotherLacksAndNothingForTheShippedOnes() throws IOException {
        CampaignTemplates shipped = winBack();
        shipped.check();
        assertThat(shipped.missingRewardTexts()).isEmpty();

        folder.replace("win-back/messages_sv.properties", "winback.offer.Shoes=", "winback.offer.Skor=");
        CampaignTemplates changed = winBack();
        changed.check();

        assertThat(changed.missingRewardTexts()).containsExactlyInAnyOrder(
                new MissingCategoryText("win-back", "Shoes", "sv", "winback.offer.Shoes", "winback.offer", "win-back/messages_sv.properties"),
                new MissingCategoryText("win-back", "Skor", "fi", "winback.offer.Skor", "winback.offer", "win-back/messages_fi.properties"),
                new MissingCategoryText("win-back", "Skor", "en", "winback.offer.Skor", "winback.offer", "win-back/messages_en.properties"));
    }

    @Test
    void aMistakeInARewardsTextIsFoundBeforeAnyoneIsWrittenTo() throws IOException {
        folder.replace("win-back/messages_en.properties", "now {discount} off: thank", "now {discont} off: thank");

        assertThatThrownBy(() -> winBack().check())
                .isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("message 'winback.offer.Shoes' in win-back/messages_en.properties: unknown placeholder {discont}"
                        + " (did you mean {discount}?)");
    }

    @Test
    void withoutTheGeneralTextTheCheckSaysWhichKeyIsMissingAndWhatItIsFor() throws IOException {
        folder.replace("win-back/messages_sv.properties", "winback.offer=", "winback.offer.Övrigt=");

        assertThatThrownBy(() -> winBack().check())
                .hasMessageContaining("no message 'winback.offer' in win-back/messages_sv.properties or messages_sv.properties"
                        + " (the text for the last reward and for a reward whose category has no text of its own)");
    }

    private CampaignTemplates winBack() {
        return CampaignTemplates.open(templates, "win-back");
    }
}
