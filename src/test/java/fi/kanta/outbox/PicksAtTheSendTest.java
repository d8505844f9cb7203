package fi.kanta.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestBaskets;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.selection.RecipientSelection;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run's messages show each recipient's stored picks (docs/architecture.md "Picks") in the language
 * the message is written in, best first and only what is in stock at the send; none for a customer who
 * said "do not profile me" after the selection, as the send reads that choice with the customers.
 */
class PicksAtTheSendTest extends ShopInAHome {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @Autowired
    RecipientSelection selection;

    @Test
    void eachRecipientSeesTheirPicksInTheirLanguageAndALaterDoNotProfileMeSeesNone() throws IOException {
        // not a win-back: a sale whose selection reads no profile, so a later "do not profile me" still gets the message
        campaign("gifts", """
                name: gifts
                kind: sales
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                """);
        TestBaskets baskets = new TestBaskets(jdbc);
        long sock = baskets.product("SOCK", "Wool socks", "Shoes", "12.90");
        long lace = baskets.product("LACE", "Laces", "Shoes", "4.50", false);
        long hat = baskets.product("HAT", "Beanie", "Hats", "24.00");
        jdbc.update("INSERT INTO product_name (product_id, language, name) VALUES (?, 'sv', 'Yllesockor')", sock);
        long swede = shop.customer("swede", "Test", "S", "s@example.fi", "Katu 1", "00100", "fi");
        choices.language(swede, "sv"); // their own choice beats the imported language
        long later = shop.customer("later", "Test", "L", "l@example.fi", "Katu 2", "00100", "fi");
        long none = shop.customer("none", "Test", "N", "n@example.fi", "Katu 3", "00100", "en");
        for (long customer : new long[] {swede, later, none}) {
            shop.consent(customer, "email", true);
        }
        jdbc.update("INSERT INTO customer_pick (customer_id, product_ids, as_of) VALUES (?, ARRAY[" + hat + ", " + lace + ", " + sock
                + "], CURRENT_DATE), (?, ARRAY[" + sock + "], CURRENT_DATE)", swede, later);
        Campaign gifts = campaigns.named("gifts");
        long runId = selection.write(gifts, "r1", NOW).runId().orElseThrow();
        choices.noProfiling(later);

        List<Recipient> made = models.forRun(gifts, "r1", runId, ChannelType.EMAIL, List.of(swede, later, none), NOW.toLocalDate());

        assertThat(picks(made.get(0))).extracting(pick -> pick.get("sku")).containsExactly("HAT", "SOCK");
        assertThat(picks(made.get(0)).get(1)).containsEntry("name", "Yllesockor").containsEntry("priceText", "12,90\u00a0€");
        assertThat(picks(made.get(1))).as("do not profile me, said after the selection").isEmpty();
        assertThat(picks(made.get(2))).as("no picks stored").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> picks(Recipient recipient) {
        return (List<Map<String, Object>>) recipient.model().get("picks");
    }
}
