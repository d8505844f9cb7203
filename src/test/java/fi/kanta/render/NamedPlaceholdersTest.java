package fi.kanta.render;

import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.withCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts a marketer edits in the message files: {@code Hei {firstName},}, with the template naming the key only. */
class NamedPlaceholdersTest {

    @TempDir
    Path templates;

    private TemplateFolder folder;

    @BeforeEach
    void copyTheShippedTemplates() {
        folder = TemplateFolder.copyOfShipped(templates);
    }

    @Test
    void aPlaceholderIsTheValueByItsKeyOrByVariableAndKey() throws IOException {
        folder.replace("win-back/messages_fi.properties", "winback.greeting=Hei {firstName},",
                "winback.greeting=Hei {customer.firstName} {lastName}, koodisi {code} on voimassa {validUntil} ({sender.name})");

        RenderedEmail email = CampaignTemplates.open(templates, "win-back").email(aino());

        assertThat(email.text()).contains("Hei Aino Virtanen, koodisi WB-7F3A-9C21-44D0-C-1 on voimassa 31.12.2026 (Puoti Oy)");
        assertThat(CampaignTemplates.open(templates, "win-back").email(emma()).text()).contains("Valid until 31 December 2026.");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderOrAnExpressionIsPrintedAsItIs() {
        String name = "{offer.code} ${T(java.lang.Runtime)} <b>";
        RenderedEmail email = CampaignTemplates.open(templates, "win-back").email(withCustomer(aino(), "firstName", name));

        assertThat(email.text()).contains("Hei " + name + ",").doesNotContain("WB-7F3A-9C21-44D0-C-1 $");
        assertThat(email.html()).contains("Hei {offer.code} ${T(java.lang.Runtime)} &lt;b&gt;,");
    }

    @Test
    void bracesThatNameNothingStayAsWritten() throws IOException {
        folder.replace("win-back/messages_fi.properties", "winback.cta=", "winback.cta=Tarjous { vain tänään }: ");

        assertThat(CampaignTemplates.open(templates, "win-back").email(aino()).text()).contains("Tarjous { vain tänään }: ");
    }

    @Test
    void aMisspelledPlaceholderIsFoundBeforeSendingWithTheMessageFileAndASuggestion() throws IOException {
        int line = folder.lineOf("win-back/email.html", "#{winback.greeting}");
        folder.replace("win-back/messages_sv.properties", "Hej {firstName},", "Hej {firstNme},");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .isInstanceOf(TemplateProblem.class)
                .hasMessage("win-back/email.html line " + line + ": message 'winback.greeting' in win-back/messages_sv.properties:"
                        + " unknown placeholder {firstNme} (did you mean {firstName}?)");
    }

    @Test
    void aNameTwoVariablesHaveMustSayWhich() throws IOException {
        folder.replace("win-back/messages_en.properties", "winback.signoff=Warm wishes,", "winback.signoff=Warm wishes from {name},");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .hasMessageEndingWith("message 'winback.signoff' in win-back/messages_en.properties:"
                        + " {name} could be {campaign.name} or {sender.name}: write which");
    }

    @Test
    void aNumberedPlaceholderInAMessageTheTemplateNamesByKeyIsExplained() throws IOException {
        folder.replace("win-back/messages_fi.properties", "Hei {firstName},", "Hei {0},");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back").check())
                .hasMessageContaining("message 'winback.greeting' in win-back/messages_fi.properties: {0} is a numbered"
                        + " placeholder: write the value's name instead, such as {firstName}");
    }

    @Test
    void templatesOfTheOlderFormWithNumberedPlaceholdersStillRender() throws IOException {
        for (String template : List.of("win-back/email.html", "win-back/email.txt", "win-back/letter.html")) {
            folder.replace(template, "#{winback.greeting}", "#{winback.greeting(${customer.firstName})}");
        }
        folder.replace("win-back/messages_fi.properties", "Hei {firstName},", "Hei {0}, sinun ''juttusi''");
        CampaignTemplates winBack = CampaignTemplates.open(templates, "win-back");

        winBack.check();
        assertThat(winBack.email(aino()).text()).contains("Hei Aino, sinun 'juttusi'");
        assertThat(winBack.email(aino()).html()).contains("Hei Aino, sinun &#39;juttusi&#39;");
        // a message already renamed to {firstName} works with the older template too
        assertThat(winBack.email(Recipients.erik()).text()).contains("Hej Erik,");
    }
}
