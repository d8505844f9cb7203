package fi.kanta.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.campaign.Campaign;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.RenderedEmail;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What templates get for a customer who made choices (docs/architecture.md "The customer's own
 * choices"): the language they chose beats the imported one, their interests are
 * {@code customer.interests}, and "do not profile me" leaves every profile value unset, so that each
 * shipped template renders its no-profile content in Finnish, Swedish and English.
 */
class ChoicesInMessagesTest extends ShopInAHome {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String RUN_KEY = "2026-W48";
    static final List<String> SHIPPED = List.of("win-back", "weekly-newsletter", "service-recovery", "feedback");

    @Test
    void theChosenLanguageBeatsTheImportedOneAndInterestsComeInAlphabeticalOrder() {
        long chose = shop.customer("chose", "Test", "A", "a@example.fi", "Katu 1", "00100", "fi");
        long plain = shop.customer("plain", "Test", "B", "b@example.fi", "Katu 2", "00100", "fi");
        choices.language(chose, "sv");
        choices.interest(chose, "Shoes");
        choices.interest(chose, "Books");

        Map<String, Object> model = model("weekly-newsletter", chose);
        assertThat(customer(model)).containsEntry("language", "sv").containsEntry("interests", List.of("Books", "Shoes"));
        assertThat(customer(model("weekly-newsletter", plain))).containsEntry("language", "fi").containsEntry("interests", List.of());
        RenderedEmail email = CampaignTemplates.open(Path.of("templates"), "weekly-newsletter").email(model);
        assertThat(email.text()).contains("Hej Test,").doesNotContain("Hei Test,");
    }

    @Test
    void doNotProfileMeLeavesEveryProfileValueUnsetAndEveryShippedTemplateFallsBack() {
        Map<String, String> loyal = Map.of("fi", "Olet parhaita asiakkaitamme: kiitos.", "sv", "Du är en av våra allra bästa kunder: tack.",
                "en", "You are one of our very best customers: thank you.");
        for (String language : List.of("fi", "sv", "en")) {
            long profiled = shop.customer("profiled-" + language, "Test", "P", "p-" + language + "@example.fi", "Katu 1", "00100", language);
            long unprofiled = shop.customer("unprofiled-" + language, "Test", "U", "u-" + language + "@example.fi", "Katu 2", "00100",
                    language);
            for (long customer : new long[] {profiled, unprofiled}) {
                shop.score(customer, 0.5, 300, "Champions");
                shop.purchase(customer, "2026-06-01T12:00", "20.00", "Shoes");
            }
            choices.noProfiling(unprofiled);

            for (String campaign : SHIPPED) {
                Map<String, Object> model = model(campaign, unprofiled);
                assertThat((Map<String, Object>) model.get("score")).as(campaign).allSatisfy((key, value) -> assertThat(value).isNull());
                @SuppressWarnings("unchecked")
                Map<String, Object> offer = (Map<String, Object>) model.get("offer");
                assertThat(offer.get("favouriteCategory")).isNull();
                assertThat(offer.get("valueTier")).isNull();
                assertThat(offer.get("lastPurchase")).as("purchase history is not a profile").isEqualTo(LocalDate.of(2026, 6, 1));
                CampaignTemplates templates = CampaignTemplates.open(Path.of("templates"), campaign);
                RenderedEmail email = templates.email(model);
                assertThat(email.subject()).as(campaign + " " + language).isNotBlank();
                assertThat(email.text()).as(campaign + " " + language).contains("Test").doesNotContain(loyal.get(language))
                        .doesNotContain("shoes").doesNotContainPattern("\\bnull\\b");
                if (templates.hasLetter()) {
                    assertThat(templates.letter(model)).doesNotContain("shoes").doesNotContain(loyal.get(language));
                }
            }
            // the same customer with a profile gets the loyalty line of the newsletter
            assertThat(CampaignTemplates.open(Path.of("templates"), "weekly-newsletter").email(model("weekly-newsletter", profiled)).text())
                    .contains(loyal.get(language));
        }
    }

    private Map<String, Object> model(String campaign, long customer) {
        Campaign shipped = campaigns.named(campaign);
        return models.preview(shipped, RUN_KEY, customer, TODAY).model();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> customer(Map<String, Object> model) {
        return (Map<String, Object>) model.get("customer");
    }
}
