package fi.kanta.render;

import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts are required in the languages the shop writes in ({@code kanta.shop.languages}), and only those. */
class ShopLanguagesTest {

    private static final List<String> CAMPAIGNS = List.of("win-back", "weekly-newsletter", "service-recovery", "feedback");

    @TempDir
    Path templates;

    private TemplateFolder folder;

    @BeforeEach
    void aShopThatWritesOnlyFinnishHasOnlyFinnishTexts() throws IOException {
        folder = TemplateFolder.copyOfShipped(templates);
        try (var files = Files.walk(templates)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("messages_(sv|en)\\.properties")).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aFinnishOnlyShopPassesTheCheckWithOnlyFinnishTexts() {
        for (String campaign : CAMPAIGNS) {
            assertThatCode(() -> CampaignTemplates.open(templates, campaign, Languages.of(List.of("fi"), "fi")).check())
                    .as(campaign).doesNotThrowAnyException();
        }
    }

    @Test
    void everyCustomerOfAFinnishOnlyShopIsWrittenToInFinnish() {
        CampaignTemplates winBack = CampaignTemplates.open(templates, "win-back", Languages.of(List.of("fi"), "fi"));

        assertThat(List.of(aino(), erik(), emma())).allSatisfy(customer ->
                assertThat(winBack.email(customer).text()).contains("Voimassa 31.12.2026 asti."));
    }

    @Test
    void aMissingTextInALanguageTheShopWritesInIsStillAnErrorNamingTheFileAndKey() throws IOException {
        Files.writeString(templates.resolve("messages_sv.properties"), "date.format=d MMMM yyyy\n");
        int line = folder.lineOf("win-back/email.html", "#{winback.subject}");

        assertThatThrownBy(() -> CampaignTemplates.open(templates, "win-back", Languages.of(List.of("fi", "sv"), "fi")).check())
                .isInstanceOf(TemplateProblem.class)
                .hasMessage("win-back/email.html line " + line
                        + ": no message 'winback.subject' in win-back/messages_sv.properties or messages_sv.properties");
    }

    @Test
    void aCustomerInALanguageTheShopDoesNotWriteGetsEnglishIfItDoesElseTheShopsDefault() {
        assertThat(Languages.of(List.of("fi", "sv", "en"), "fi").of(Recipients.withCustomer(aino(), "language", "de")))
                .hasToString("en");
        assertThat(Languages.of(List.of("fi", "sv"), "sv").of(Recipients.withCustomer(aino(), "language", "de")))
                .hasToString("sv");
        assertThat(Languages.of(List.of("FI", "sv-FI"), "en").of(Recipients.withCustomer(aino(), "language", "sv")))
                .hasToString("sv");
    }
}
