package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;
import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static fi.kanta.render.Recipients.withCustomer;
import static fi.kanta.render.Recipients.withOffer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailRenderingTest {

    private final CampaignTemplates winBack = CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back");

    @Test
    void aFinnishCustomerGetsAFinnishEmailWithHerNameCodeAndAFinnishDate() {
        RenderedEmail email = winBack.email(aino());

        assertThat(email.subject()).isEqualTo("Aino, meillä on ikävä sinua");
        assertThat(email.html()).contains("Hei Aino,", "WB-7F3A-9C21-44D0-C-1", "20\u00a0% alennusta", "Voimassa 31.12.2026 asti.",
                "Koti", "href=\"https://shop.example.com/unsubscribe/C-1/token-abc\"", "Peru tilaus", "lang=\"fi\"");
        assertThat(email.text()).contains("Hei Aino,", "WB-7F3A-9C21-44D0-C-1", "Voimassa 31.12.2026 asti.",
                "Peru tilaus: https://shop.example.com/unsubscribe/C-1/token-abc").doesNotContain("<", "[[", "th:");
    }

    @Test
    void eachEmailRenderedOnAThreadIsItsOwnAndTheSameAsBefore() {
        RenderedEmail first = winBack.email(aino());
        RenderedEmail erikAfter = winBack.email(erik());
        RenderedEmail again = winBack.email(aino());

        // one thread renders into the same buffer again: nothing of the email before it may show, and the same
        // recipient's email is the same text, its parts each a document of their own
        assertThat(erikAfter.html()).contains("Hej Erik,").doesNotContain("Aino");
        assertThat(again).isEqualTo(first);
        assertThat(first.html()).startsWith("<!DOCTYPE html>").containsOnlyOnce("</html>");
        assertThat(first.text()).containsOnlyOnce("Hei Aino,");
    }

    @Test
    void aSwedishCustomerGetsASwedishEmail() {
        RenderedEmail email = winBack.email(erik());

        assertThat(email.subject()).isEqualTo("Erik, vi saknar dig");
        assertThat(email.html()).contains("Hej Erik,", "Gäller till och med 31 december 2026.", "Avsluta prenumerationen");
        assertThat(email.text()).contains("Hej Erik,", "WB-7F3A-9C21-44D0-C-2", "Gäller till och med 31 december 2026.");
    }

    @Test
    void anEnglishCustomerAndAnUnknownLanguageGetEnglish() {
        assertThat(winBack.email(emma()).subject()).isEqualTo("Emma, we miss you");
        assertThat(winBack.email(emma()).text()).contains("Valid until 31 December 2026.", "Unsubscribe: https://");
        assertThat(winBack.email(withCustomer(aino(), "language", "de")).subject()).isEqualTo("Aino, we miss you");
        assertThat(winBack.email(withCustomer(aino(), "language", null)).subject()).isEqualTo("Aino, we miss you");
        assertThat(winBack.email(withCustomer(erik(), "language", "sv-FI")).subject()).isEqualTo("Erik, vi saknar dig");
    }

    @Test
    void theFavouriteCategoryIsMentionedOnlyWhenKnown() {
        RenderedEmail email = winBack.email(withOffer(aino(), "favouriteCategory", null));

        assertThat(email.html()).doesNotContain("Suosikkiosastollasi");
        assertThat(email.text()).doesNotContain("Suosikkiosastollasi").contains("Hei Aino,");
        assertThat(winBack.email(aino()).text()).contains("Suosikkiosastollasi Koti");
    }

    @Test
    void customerDataIsTextNeverMarkupOrAnExpression() {
        String hostile = "<script>alert(1)</script>${T(java.lang.Runtime)}[[${x}]]";
        RenderedEmail email = winBack.email(withCustomer(aino(), "firstName", hostile));

        assertThat(email.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;${T(java.lang.Runtime)}[[${x}]]");
        assertThat(email.text()).contains("Hei " + hostile + ",");
        assertThat(email.subject()).isEqualTo(hostile + ", meillä on ikävä sinua");
    }

    @Test
    void aSubjectIsAlwaysOneLine() {
        RenderedEmail email = winBack.email(withCustomer(aino(), "firstName", "Aino\r\nBcc: all@example.com\u0000"));

        assertThat(email.subject()).isEqualTo("Aino Bcc: all@example.com , meillä on ikävä sinua").doesNotContain("\r", "\n");
    }

    @Test
    void theWeeklyNewsletterRendersInEveryLanguage() {
        CampaignTemplates newsletter = CampaignTemplates.open(SHIPPED_TEMPLATES, "weekly-newsletter");

        assertThat(newsletter.email(aino()).subject()).isEqualTo("Talvi on täällä – Puoti Oy");
        assertThat(newsletter.email(erik()).text()).contains("Hej Erik,", "Avsluta prenumerationen: https://");
        assertThat(newsletter.email(emma()).html()).contains("Hi Emma,", "Unsubscribe");
        RenderedEmail noName = newsletter.email(withCustomer(aino(), "firstName", null));
        assertThat(noName.html()).contains("Hei,").doesNotContain("Hei ,");
        assertThat(noName.text()).startsWith("Hei,");
    }
}
