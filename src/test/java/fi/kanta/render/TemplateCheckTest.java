package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCheckTest {

    @TempDir
    Path templates;

    private TemplateFolder folder;

    @BeforeEach
    void copyTheShippedTemplates() {
        folder = TemplateFolder.copyOfShipped(templates);
    }

    @Test
    void theShippedTemplatesPassTheCheck() {
        assertThatCode(() -> CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back").check()).doesNotThrowAnyException();
        assertThatCode(() -> CampaignTemplates.open(SHIPPED_TEMPLATES, "weekly-newsletter").check()).doesNotThrowAnyException();
    }

    @Test
    void anUnknownKeyOfAKnownVariableNamesTemplateAndLine() throws IOException {
        int line = folder.replace("win-back/email.html", "${sender.name}", "${customer.nickname}");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .isInstanceOf(TemplateProblem.class)
                .hasMessage("win-back/email.html line " + line + ": unknown variable 'customer.nickname'");
    }

    @Test
    void anUnknownVariableNamesTemplateAndLine() throws IOException {
        int line = folder.replace("win-back/letter.html", "${offer.code}", "${offre.code}");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .isInstanceOf(TemplateProblem.class)
                .hasMessage("win-back/letter.html line " + line + ": unknown variable 'offre'");
    }

    @Test
    void anUnknownVariableInTheTextPartOrALayoutIsFoundToo() throws IOException {
        int line = folder.replace("layout/email-footer.txt", "${links.unsubscribe}", "${links.optOut}");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .hasMessage("layout/email-footer.txt line " + line + ": unknown variable 'links.optOut'");
    }

    @Test
    void anUnknownVariableOnlyInTheBranchForAnUnknownFavouriteIsFound() throws IOException {
        folder.replace("win-back/email.html", "th:if=\"${offer.favouriteCategory != null}\"",
                "th:if=\"${offer.favouriteCategory == null and offer.colour == null}\"");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .hasMessageContaining("win-back/email.html line").hasMessageEndingWith("unknown variable 'offer.colour'");
    }

    @Test
    void aNullValueOfAKnownVariableIsNotAnError() {
        CampaignTemplates winBack = CampaignTemplates.open(templates, "win-back");

        assertThat(winBack.email(Recipients.withOffer(Recipients.aino(), "favouriteCategory", null)).text())
                .contains("Hei Aino,");
    }

    @Test
    void aSyntaxErrorNamesTemplateAndLine() throws IOException {
        int line = folder.replace("win-back/email.html", "${sender.name}", "${sender.name");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith("win-back/email.html line " + line + ": ")
                .hasMessageContaining("${sender.name");
    }

    @Test
    void aBrokenInlineExpressionInTheTextPartNamesTemplateAndLine() throws IOException {
        int line = folder.replace("win-back/email.txt", "[(${offer.code})]", "[(${offer.code)]");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith("win-back/email.txt line " + line + ": ");
    }

    @Test
    void aMessageMissingInOneLanguageIsAnError() throws IOException {
        int line = folder.lineOf("win-back/email.html", "#{winback.cta}");
        folder.replace("win-back/messages_sv.properties", "winback.cta=", "winback.callToAction=");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .hasMessageStartingWith("win-back/email.html line " + line + ": no message 'winback.cta' in win-back/messages_sv");
    }

    @Test
    void aLetterThatIsNotWellFormedXhtmlIsFoundBeforePrinting() throws IOException {
        folder.replace("win-back/letter.html", "<div class=\"voucher\">", "<div class=\"voucher\">&nbsp;");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith("win-back/letter.html renders to XHTML that is not well-formed");
    }

    @Test
    void aCampaignWithoutTemplatesIsNamed() {
        assertThatThrownBy(() -> CampaignTemplates.open(templates, "spring-sale"))
                .isInstanceOf(TemplateProblem.class).hasMessageContaining("no templates for campaign 'spring-sale'");
        assertThatThrownBy(() -> CampaignTemplates.open(templates, "../etc"))
                .isInstanceOf(TemplateProblem.class).hasMessageContaining("not a template folder name");
    }
}
