package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;
import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static fi.kanta.render.Recipients.withCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hidden first line mail programs show after the subject: the campaign's {@code email.preheader}. */
class PreheaderTest {

    private static final Pattern PREHEADER = Pattern.compile("<body[^>]*>\\s*(?:<!--.*?-->\\s*)?<span style=\"display:none;[^\"]*\">([^<]*)</span>",
            Pattern.DOTALL);

    @Test
    void everyShippedCampaignHasAPreheaderInEachLanguageFirstInTheBodyAndHidden() {
        for (String campaign : new String[] {"win-back", "service-recovery", "feedback", "weekly-newsletter"}) {
            CampaignTemplates templates = CampaignTemplates.open(SHIPPED_TEMPLATES, campaign);
            String fi = preheader(templates.email(aino()).html());
            String sv = preheader(templates.email(erik()).html());
            String en = preheader(templates.email(emma()).html());
            assertThat(fi).as(campaign).isNotBlank().isNotEqualTo(sv);
            assertThat(sv).as(campaign).isNotBlank().isNotEqualTo(en);
            assertThat(en).as(campaign).isNotBlank();
            // the preheader is the inbox's line, not part of the text a reader reads
            assertThat(templates.email(aino()).text()).as(campaign).doesNotContain(fi.strip());
        }
    }

    @Test
    void thePreheaderFillsTheRecipientsValuesAndEscapesThem() {
        CampaignTemplates winBack = CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back");
        assertThat(preheader(winBack.email(emma()).html())).startsWith("As a thank-you for being our customer: a personal offer of 20\u00a0% off");

        String hostile = "<script>alert(1)</script>";
        TemplateFolder folder = TemplateFolder.copyOfShipped(copy);
        try {
            folder.replace("win-back/messages_en.properties", "email.preheader=As a thank-you", "email.preheader={firstName}, a thank-you");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String html = CampaignTemplates.open(copy, "win-back").email(withCustomer(emma(), "firstName", hostile)).html();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;, a thank-you");
    }

    @Test
    void aCampaignWithoutAPreheaderGetsNoHiddenLine() throws Exception {
        TemplateFolder folder = TemplateFolder.copyOfShipped(copy);
        for (String language : new String[] {"en", "fi", "sv"}) {
            folder.replace("win-back/messages_" + language + ".properties", "email.preheader=", "# no preheader: ");
        }
        CampaignTemplates winBack = CampaignTemplates.open(copy, "win-back");
        winBack.check();
        assertThat(winBack.email(aino()).html()).doesNotContain("display:none").contains("Hei Aino,");
    }

    @TempDir
    Path copy;

    private static String preheader(String html) {
        Matcher matcher = PREHEADER.matcher(html);
        assertThat(matcher.find()).as("a hidden span first in the body of %s", html).isTrue();
        return org.unbescape.html.HtmlEscape.unescapeHtml(matcher.group(1)).replaceAll("[\\u2007\\u034f]", "");
    }
}
