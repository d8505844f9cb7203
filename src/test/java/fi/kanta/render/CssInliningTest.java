package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;
import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static fi.kanta.render.Recipients.withCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An email's {@code <style>} block moved into the elements' {@code style} attributes (render/CssInliner). */
class CssInliningTest {

    private static final String SHEET = """
            <style>
              .greeting { color: #1a5e20; font-weight: bold; }
              #signoff { font-style: italic; }
              p { margin: 0 0 8px 0; line-height: 1.6; }
              .picked { color: #b00020 !important; font-size: 18px; }
              a:hover { text-decoration: underline; }
              @media (max-width: 600px) { .greeting { font-size: 20px !important; } }
            </style>
            """;

    @TempDir
    Path copy;

    /** The win-back email with {@code sheet} in its head, as a marketer writes it, and a class and an id to select. */
    private CampaignTemplates winBackWith(String sheet) throws IOException {
        return winBackWith(sheet, "</title>");
    }

    private CampaignTemplates winBackWith(String sheet, String after) throws IOException {
        TemplateFolder folder = TemplateFolder.copyOfShipped(copy);
        folder.replace("win-back/email.html", after, after + "\n" + sheet);
        folder.replace("win-back/email.html", "<p style=\"margin:0 0 16px 0;\" th:text=\"#{winback.greeting}\">",
                "<p class=\"greeting\" style=\"margin:0 0 16px 0;\" th:text=\"#{winback.greeting}\">");
        folder.replace("win-back/email.html", "<p style=\"margin:0 0 16px 0;\" th:text=\"#{winback.missYou}\">",
                "<p class=\"picked\" style=\"margin:0 0 16px 0;color:#333333;\" th:text=\"#{winback.missYou}\">");
        folder.replace("win-back/email.html", "<p style=\"margin:0;\" th:text=\"${sender.name}\">",
                "<p id=\"signoff\" style=\"margin:0;\" th:text=\"${sender.name}\">");
        return CampaignTemplates.open(copy, "win-back");
    }

    @Test
    void theRulesOfAStyleBlockLandInTheElementsStyleAndOnlyMediaAndHoverRulesStay() throws IOException {
        CampaignTemplates winBack = winBackWith(SHEET);
        winBack.check(); // the template check renders the email too

        RenderedEmail email = winBack.email(aino());
        Document html = Jsoup.parse(email.html());

        // a class rule over the element rule "p"; the paragraph's own margin wins over the one of "p"
        assertThat(style(html.selectFirst("p.greeting"))).isEqualTo(
                "line-height:1.6;color:#1a5e20;font-weight:bold;margin:0 0 16px 0;");
        // !important beats the element's own colour; the rest of its own style wins over the sheet
        assertThat(style(html.selectFirst("p.picked"))).isEqualTo(
                "line-height:1.6;font-size:18px;margin:0 0 16px 0;color:#b00020;");
        // an id rule
        assertThat(style(html.selectFirst("#signoff"))).isEqualTo("line-height:1.6;font-style:italic;margin:0;");
        // the element rule alone
        assertThat(html.select("main p").stream().map(CssInliningTest::style)).contains("line-height:1.6;margin:0 0 16px 0;");
        // the layout's elements outside <main> only get what selects them
        assertThat(style(html.selectFirst("body"))).isEqualTo("margin:0;padding:0;background:#f4f1ec;");

        // one <style>, in the head, with the rules no style attribute can hold
        assertThat(html.select("style")).hasSize(1);
        Element kept = html.selectFirst("head > style");
        assertThat(kept).isNotNull();
        assertThat(kept.data()).contains("@media (max-width: 600px)", "font-size: 20px !important", "a:hover",
                "text-decoration: underline").doesNotContain("#1a5e20", "italic", "line-height", "8px", "#b00020");
        assertThat(email.html()).startsWith("<!DOCTYPE html>");
        assertThat(email.subject()).isEqualTo("Aino, meillä on ikävä sinua");
    }

    @Test
    void namesPricesAndEntitiesComeOutEscapedAndReadable() throws IOException {
        CampaignTemplates winBack = winBackWith(SHEET);
        String name = "Åsa <b> & Öberg";

        RenderedEmail email = winBack.email(withCustomer(aino(), "firstName", name));

        assertThat(email.html()).contains("Hei Åsa &lt;b&gt; &amp; Öberg,").doesNotContain("<b>");
        assertThat(email.subject()).isEqualTo(name + ", meillä on ikävä sinua");
        // the non-breaking space keeps "20 %" on one line
        assertThat(Jsoup.parse(email.html()).body().wholeText()).contains("20\u00a0% alennusta");
        assertThat(email.html()).containsAnyOf("20&nbsp;% alennusta", "20\u00a0% alennusta");
    }

    @Test
    void aCustomersNameIsTextNeverAStyleSheet() throws IOException {
        String hostile = "<style>p{display:none}</style>";
        for (CampaignTemplates winBack : List.of(CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back"), winBackWith(SHEET))) {
            RenderedEmail email = winBack.email(withCustomer(aino(), "firstName", hostile));
            Document html = Jsoup.parse(email.html());

            assertThat(html.select("p").stream().map(CssInliningTest::style)).noneMatch(s -> s.contains("display:none"));
            assertThat(html.select("style").stream().map(Element::data)).noneMatch(s -> s.contains("display:none"));
            assertThat(email.html()).contains("&lt;style&gt;p{display:none}&lt;/style&gt;");
            assertThat(html.selectFirst("p").text()).isEqualTo("Hei " + hostile + ",");
        }
    }

    @Test
    void theShippedEmailsRenderAsWithoutTheInliner() {
        CssInliner inliner = new CssInliner();
        for (String campaign : new String[] {"win-back", "weekly-newsletter", "service-recovery", "feedback"}) {
            CampaignTemplates templates = CampaignTemplates.open(SHIPPED_TEMPLATES, campaign);
            for (Map<String, Object> recipient : List.of(aino(), erik(), emma())) {
                String html = templates.email(recipient).html();
                assertThat(CssInliner.hasStyleTag(html)).as(campaign).isFalse();
                // the same instance back: nothing parsed, nothing written again
                assertThat(inliner.inline(html)).as(campaign).isSameAs(html);
            }
        }
        assertThat(inliner.sheetsKept()).isZero();
    }

    @Test
    void theLayoutsPlaceForAHeadStyleAddsNothingToTheShippedEmails() throws IOException {
        TemplateFolder folder = TemplateFolder.copyOfShipped(copy);
        folder.replace("layout/email.html", "<th:block th:replace=\"~{::head/style} ?: ~{}\"/>", "");
        for (String campaign : new String[] {"win-back", "weekly-newsletter", "service-recovery", "feedback"}) {
            CampaignTemplates shipped = CampaignTemplates.open(SHIPPED_TEMPLATES, campaign);
            CampaignTemplates withoutIt = CampaignTemplates.open(copy, campaign);
            for (Map<String, Object> recipient : List.of(aino(), erik(), emma())) {
                assertThat(shipped.email(recipient)).as(campaign).isEqualTo(withoutIt.email(recipient));
            }
        }
    }

    @Test
    void aSheetIsReadOncePerDistinctText() {
        CampaignTemplates winBack = CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back");
        CssInliner inliner = new CssInliner();
        String first = inliner.inline(winBack.email(aino()).html().replace("</head>", SHEET + "</head>"));
        inliner.inline(winBack.email(erik()).html().replace("</head>", SHEET + "</head>"));
        inliner.inline(winBack.email(emma()).html().replace("</head>", SHEET + "</head>"));

        assertThat(inliner.sheetsKept()).isEqualTo(1);
        assertThat(Jsoup.parse(first).selectFirst("main p, p").attr("style")).isEqualTo("line-height:1.6;margin:0 0 16px 0;");
    }

    @Test
    void aBrokenSheetRendersAndKeepsWhatItCouldNotInline() throws IOException {
        CampaignTemplates winBack = winBackWith("""
                <style>
                  @unknown-rule something { q { a: b } }
                  p:has-text(Hei) { color: #ff0000; }
                  td:nth-child(foo) { color: #0000ff; }
                  #signoff { font-style: italic; }
                  p { color: #00ff00
                </style>
                """, "<main>"); // in the body this time
        winBack.check();

        Document html = Jsoup.parse(winBack.email(aino()).html());

        assertThat(style(html.selectFirst("#signoff"))).isEqualTo("color:#00ff00;font-style:italic;margin:0;");
        assertThat(html.select("style")).hasSize(1);
        assertThat(html.selectFirst("head > style").data()).contains("@unknown-rule something", "p:has-text(Hei)", "td:nth-child(foo)")
                .doesNotContain("italic", "#00ff00");
    }

    @Test
    void whatNoStyleAttributeCanHoldKeepsItsStyleAndAnEmptyOneGoes() {
        CssInliner inliner = new CssInliner();
        String onlyInlined = "<!DOCTYPE html><html><head><style>p{color:red}</style></head><body><p>x</p></body></html>";
        assertThat(inliner.inline(onlyInlined)).isEqualTo(
                "<!DOCTYPE html><html><head></head><body><p style=\"color:red;\">x</p></body></html>");

        String fontsAndPrint = "<html><head><style media=\"print\">p{color:red}</style><style>@font-face{font-family:X;src:url(x.woff)}"
                + " p::first-line{color:blue} p{font-family:'Segoe UI',sans-serif}</style></head><body><p>x</p></body></html>";
        Document html = Jsoup.parse(inliner.inline(fontsAndPrint));
        assertThat(html.selectFirst("style[media=print]").data()).isEqualTo("p{color:red}");
        assertThat(html.select("style").get(1).data()).contains("@font-face", "p::first-line").doesNotContain("Segoe");
        assertThat(html.selectFirst("p").attr("style")).isEqualTo("font-family:'Segoe UI', sans-serif;");

        String importantBoth = "<html><head><style>p{color:red!important;margin:0}</style></head><body>"
                + "<p style=\"color:blue !important;margin:4px\">x</p></body></html>";
        assertThat(Jsoup.parse(inliner.inline(importantBoth)).selectFirst("p").attr("style"))
                .isEqualTo("margin:4px;color:blue !important;");
    }

    private static String style(Element element) {
        return element.attr("style");
    }
}
