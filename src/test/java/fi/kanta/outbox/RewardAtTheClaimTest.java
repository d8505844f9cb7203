package fi.kanta.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.selection.RecipientSelection;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer who says "do not profile me" after the selection chose their reward by their profile
 * gets the default reward (docs/architecture.md "Rewards"): the claim writes it on their row before
 * the message is made, so the message, the export and the report still agree; the others keep theirs.
 */
class RewardAtTheClaimTest extends ShopInAHome {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @Autowired
    RecipientSelection selection;

    @Autowired
    Outbox outbox;

    @BeforeEach
    void gifts() throws IOException {
        // not a win-back: a sale whose selection reads no profile, so a later "do not profile me" still gets the message
        campaign("gifts", """
                name: gifts
                kind: sales
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer:
                  code-prefix: GI
                  valid-days: 30
                  rewards:
                    - { favourite-category: Shoes, discount: "25 %" }
                    - { discount: "20 %" }
                """);
    }

    @Test
    void aLaterDoNotProfileMeGetsTheDefaultRewardOnTheRowAndInTheMessage() {
        long changed = shop.customer("changed", "changed@example.fi");
        long kept = shop.customer("kept", "kept@example.fi");
        for (long id : new long[] {changed, kept}) {
            shop.consent(id, "email", true);
            shop.score(id, 0.5, 100, "Champions"); // the test shop's favourite category: shoes
        }
        Campaign gifts = campaigns.named("gifts");
        assertThat(gifts.choosesByProfile()).isFalse();
        long runId = selection.write(gifts, "r1", NOW).runId().orElseThrow();
        assertThat(rewardOf(changed)).isEqualTo(1);

        choices.noProfiling(changed);
        List<Long> allowed = outbox.stillAllowed(runId, ChannelType.EMAIL, Outbox.Contact.of(gifts, ChannelType.EMAIL), 1, 10, NOW);

        assertThat(allowed).containsExactlyInAnyOrder(changed, kept);
        assertThat(rewardOf(changed)).isEqualTo(2);
        assertThat(rewardOf(kept)).isEqualTo(1);
        List<Recipient> made = models.forRun(gifts, "r1", runId, ChannelType.EMAIL, List.of(changed, kept), NOW.toLocalDate());
        assertThat(offer(made.get(0))).containsEntry("reward", 2).containsEntry("discount", "20\u00a0%")
                .containsEntry("rewardCategory", null);
        assertThat(offer(made.get(1))).containsEntry("reward", 1).containsEntry("discount", "25\u00a0%")
                .containsEntry("rewardCategory", "shoes");
    }

    private int rewardOf(long customer) {
        return jdbc.queryForObject("SELECT reward FROM campaign_recipient WHERE customer_id = ?", Integer.class, customer);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> offer(Recipient recipient) {
        return (Map<String, Object>) recipient.model().get("offer");
    }
}
