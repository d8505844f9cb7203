package fi.kanta.selection;

import static fi.kanta.selection.CampaignFiles.EMAIL_ONLY;
import static fi.kanta.selection.CampaignFiles.FEEDBACK_QUESTION;
import static fi.kanta.selection.CampaignFiles.letterOnly;
import static fi.kanta.selection.CampaignFiles.newsletter;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.TestChoices;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.customer.ContactRules;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.words.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The selection obeys what customers chose for themselves (docs/architecture.md "The customer's own
 * choices"), on whichever database a subclass starts: "no offers at all" is a funnel stage of its
 * own, feedback questions need the feedback choice, "do not profile me" hides the profile from
 * segments, the ranking and the outbox, "how often" limits the runs that count, and the chosen
 * language and interests are segment fields.
 */
abstract class ChoicesSelectionContractTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KantaHome home;

    @Autowired
    Campaigns campaigns;

    @Autowired
    RecipientSelection selection;

    TestShop shop;
    TestChoices choices;

    @BeforeEach
    void emptyShop() throws IOException {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        choices = new TestChoices(jdbc);
        Files.createDirectories(home.home().resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.home().resolve("templates"));
    }

    @Test
    void noOffersAtAllIsAStageOfItsOwnForEveryKindAndChannel() throws IOException {
        long fine = shop.customer("fine", "fine@example.fi");
        long choseNone = shop.customer("chose-none", "none@example.fi");
        for (long c : new long[] {fine, choseNone}) {
            for (String channel : new String[] {"email", "newsletter"}) {
                shop.consent(c, channel, true);
            }
        }
        // the choice alone, with every consent still granted: the stage itself must stop them
        choices.noOffersOnly(choseNone);

        for (String yaml : new String[] {EMAIL_ONLY, newsletter("weekly-newsletter"), FEEDBACK_QUESTION, letterOnly("")}) {
            SelectionResult result = selection.dryRun(campaign("any", yaml), "r1", NOW);
            assertThat(result.removed()).as(yaml).containsEntry(FunnelStage.NO_OFFERS, 1L);
            assertThat(result.targets()).as(yaml).isEqualTo(1);
        }
        SelectionResult written = selection.write(campaign("sale", EMAIL_ONLY), "r1", NOW);
        assertThat(recipients()).containsExactly("fine");
        assertThat(SelectionReport.format(campaign("sale", EMAIL_ONLY), written, "EUR", Words.english(ZoneId.of("Europe/Helsinki"))))
                .containsPattern("- chose no offers at all +-1");
        assertThat(new Funnels(jdbc).recorded(campaign("sale", EMAIL_ONLY), "r1").orElseThrow().removed())
                .containsEntry(FunnelStage.NO_OFFERS, 1L);
        // the delivery re-check, a customer at a time, says the same
        var each = ContactRules.allowedEach(ConsentChannel.EMAIL, false);
        assertThat(jdbc.queryForList("SELECT c.external_id FROM customer c WHERE " + each.text(), String.class, each.args()))
                .containsExactly("fine");
    }

    @Test
    void feedbackQuestionsAreAllowedUnlessTheCustomerSaidNoToThem() throws IOException {
        long asked = shop.customer("asked", "asked@example.fi");
        long refused = shop.customer("refused", "refused@example.fi");
        long changedMind = shop.customer("changed-mind", "changed@example.fi");
        for (long c : new long[] {asked, refused, changedMind}) {
            shop.consent(c, "email", true);
        }
        choices.channel(refused, "feedback", false);
        shop.consent(changedMind, "feedback", false, "2026-01-01T10:00", "preferences-page");
        shop.consent(changedMind, "feedback", true, "2026-03-01T10:00", "preferences-page");

        SelectionResult feedback = selection.write(campaign("question", FEEDBACK_QUESTION), "r1", NOW);

        assertThat(recipients()).containsExactlyInAnyOrder("asked", "changed-mind");
        assertThat(feedback.removed()).containsEntry(FunnelStage.CONSENT, 1L);
        // their campaign emails are another matter
        assertThat(selection.dryRun(campaign("sale", EMAIL_ONLY), "r1", NOW).targets()).isEqualTo(3);
        var each = ContactRules.allowedEach(ConsentChannel.EMAIL, true);
        assertThat(jdbc.queryForList("SELECT c.external_id FROM customer c WHERE " + each.text(), String.class, each.args()))
                .containsExactlyInAnyOrder("asked", "changed-mind");
    }

    @Test
    void doNotProfileMeHidesTheScoresFromSegmentsTheRankingAndTheOutbox() throws IOException {
        for (int i = 1; i <= 4; i++) {
            long id = shop.customer("c" + i, "c" + i + "@example.fi");
            shop.consent(id, "email", true);
            shop.score(id, 0.5, 100 * i, "Champions");
            shop.purchase(id, "2026-10-0" + i + "T12:00", "10.00", "Shoes");
        }
        long best = shop.id("c4");
        long quiet = shop.customer("quiet", "quiet@example.fi");
        shop.consent(quiet, "email", true);
        shop.purchase(quiet, "2026-09-01T12:00", "10.00", "Shoes");
        choices.noProfiling(best);

        // a score condition: the score row is still there (until the next score run), but unset for them
        SelectionResult scored = selection.dryRun(campaign("scored", EMAIL_ONLY.replace("segment: { all: [] }",
                "segment: { all: [ { field: clv_12m, op: \">=\", value: 100 } ] }")), "r1", NOW);
        assertThat(scored.segmentMembers()).isEqualTo(3);
        SelectionResult unset = selection.dryRun(campaign("unset", EMAIL_ONLY.replace("segment: { all: [] }",
                "segment: { all: [ { field: rfm_segment, op: is not set } ] }")), "r1", NOW);
        assertThat(unset.segmentMembers()).isEqualTo(2);

        // ranked by a score: after the scored, like a customer without scores; no tier, no favourite
        selection.write(campaign("everyone", EMAIL_ONLY), "r1", NOW);
        List<String> order = recipients();
        assertThat(order.subList(0, 3)).containsExactly("c3", "c2", "c1");
        assertThat(order.subList(3, 5)).containsExactlyInAnyOrder("c4", "quiet");
        Map<String, Object> row = jdbc.queryForMap("SELECT value, value_tier, favourite_category, last_purchase"
                + " FROM campaign_recipient WHERE customer_id = ?", best);
        assertThat(((Number) row.get("value")).doubleValue()).isZero();
        assertThat(row.get("value_tier")).isNull();
        assertThat(row.get("favourite_category")).isNull();
        assertThat(row.get("last_purchase").toString()).isEqualTo("2026-10-04");
        assertThat(jdbc.queryForObject("SELECT value_tier FROM campaign_recipient WHERE customer_id = ?", String.class, shop.id("c3")))
                .isEqualTo("gold");

        // ranked by purchases (not a score): still not ranked by what they are worth
        jdbc.update("DELETE FROM campaign_funnel");
        jdbc.update("DELETE FROM campaign_recipient");
        jdbc.update("DELETE FROM campaign_run");
        selection.write(campaign("by-spend", EMAIL_ONLY.replace("selection: {", "selection: { rank-by: purchase_total,")), "r1", NOW);
        assertThat(recipients().get(recipients().size() - 1)).isIn("c4", "quiet");
        assertThat(recipients().subList(0, 3)).doesNotContain("c4");
    }

    /**
     * The offer's rewards (docs/architecture.md "Rewards"): the first whose condition holds, in the
     * definition's order, by a stated interest, the favourite category of the scores or the best pick;
     * the last for everyone else, and for "do not profile me" whatever their signals.
     */
    @Test
    void eachRecipientGetsTheFirstRewardThatFitsAndThoseNotProfiledTheLast() throws IOException {
        long both = shop.customer("both", "both@example.fi");
        long shoes = shop.customer("shoes", "shoes@example.fi");
        long picked = shop.customer("picked", "picked@example.fi");
        long quiet = shop.customer("quiet", "quiet@example.fi");
        long other = shop.customer("other", "other@example.fi");
        for (long id : new long[] {both, shoes, picked, quiet, other}) {
            shop.consent(id, "email", true);
        }
        // the test shop's scores make 'shoes' the favourite category
        shop.score(both, 0.5, 500, "Champions");
        shop.score(shoes, 0.5, 400, "Champions");
        shop.score(quiet, 0.5, 300, "Champions");
        choices.interest(both, "Beauty");
        choices.interest(quiet, "Beauty");
        choices.noProfiling(quiet);
        jdbc.update("INSERT INTO product (sku, name, category, in_stock, updated_at) VALUES ('H1', 'Candle', 'Home', TRUE,"
                + " CURRENT_TIMESTAMP), ('B1', 'Cook book', 'Books', TRUE, CURRENT_TIMESTAMP)");
        // only the best pick counts: 'other' has the Home product second
        String homeFirst = "ARRAY[(SELECT id FROM product WHERE sku = 'H1'), (SELECT id FROM product WHERE sku = 'B1')]";
        String homeSecond = "ARRAY[(SELECT id FROM product WHERE sku = 'B1'), (SELECT id FROM product WHERE sku = 'H1')]";
        jdbc.update("INSERT INTO customer_pick (customer_id, product_ids, as_of) VALUES (?, " + homeFirst + ", CURRENT_DATE),"
                + " (?, " + homeSecond + ", CURRENT_DATE)", picked, other);

        selection.write(campaign("rewards", EMAIL_ONLY + """
                offer:
                  code-prefix: RW
                  valid-days: 30
                  rewards:
                    - { interested-in: beauty, discount: "15 %" }
                    - { favourite-category: Shoes, discount: "25 %" }
                    - { top-pick-in: [Kids, HOME], discount: "10 %" }
                    - { discount: "20 %" }
                """), "r1", NOW);

        Map<String, Integer> rewards = new java.util.HashMap<>();
        jdbc.query("SELECT c.external_id, r.reward FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id",
                row -> {
                    rewards.put(row.getString(1), row.getInt(2));
                });
        assertThat(rewards).containsExactlyInAnyOrderEntriesOf(Map.of("both", 1, "shoes", 2, "picked", 3, "quiet", 4, "other", 4));
    }

    @Test
    void theirRankIsTheRunsOwnDrawNotTheirCustomerNumber() throws IOException {
        for (int i = 0; i < 40; i++) {
            long id = shop.customer("n" + i, "n" + i + "@example.fi");
            shop.consent(id, "email", true);
            choices.noProfiling(id);
        }
        selection.write(campaign("first", EMAIL_ONLY), "r1", NOW);
        List<String> first = recipients();
        selection.write(campaign("second", EMAIL_ONLY), "r2", NOW);
        List<String> second = jdbc.queryForList("SELECT c.external_id FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " JOIN campaign_run u ON u.id = r.run_id WHERE u.campaign = 'second' ORDER BY r.ranking", String.class);
        List<String> byNumber = jdbc.queryForList("SELECT external_id FROM customer ORDER BY id", String.class);
        first = first.subList(0, 40);

        assertThat(first).containsExactlyInAnyOrderElementsOf(byNumber).isNotEqualTo(byNumber).isNotEqualTo(second);
    }

    @Test
    void howOftenLimitsTheRunsThatCountBesideTheCampaignsOwnCap() throws IOException {
        long once = shop.customer("once", "once@example.fi");
        long twice = shop.customer("twice", "twice@example.fi");
        long longAgo = shop.customer("long-ago", "long-ago@example.fi");
        long noLimit = shop.customer("no-limit", "no-limit@example.fi");
        for (long c : new long[] {once, twice, longAgo, noLimit}) {
            shop.consent(c, "email", true);
            shop.consent(c, "newsletter", true);
        }
        choices.maxPer30Days(once, 1);
        choices.maxPer30Days(twice, 2);
        choices.maxPer30Days(longAgo, 1);
        // twenty days ago a counting campaign reached all but long-ago, who was reached forty days ago;
        // a newsletter (not counting) reached everyone yesterday
        selection.write(campaign("earlier", EMAIL_ONLY.replace("segment: { all: [] }",
                "segment: { none: [ { field: external_id, op: \"=\", value: long-ago } ] }")), "r0", NOW.minusDays(20));
        selection.write(campaign("older", EMAIL_ONLY.replace("segment: { all: [] }",
                "segment: { all: [ { field: external_id, op: \"=\", value: long-ago } ] }")), "r0", NOW.minusDays(40));
        selection.write(campaign("news", newsletter("weekly-newsletter")), "r0", NOW.minusDays(1));

        // a campaign that ignores the 14-day cap still obeys the customers' own limits
        SelectionResult counting = selection.dryRun(campaign("counting", EMAIL_ONLY.replace("obeys: true", "obeys: false")), "r1", NOW);
        assertThat(counting.removed()).containsEntry(FunnelStage.OWN_LIMIT, 1L).doesNotContainKey(FunnelStage.FREQUENCY_CAP);
        assertThat(counting.targets()).isEqualTo(3);
        // both limits: the campaign's own cap (14 days) first
        SelectionResult both = selection.dryRun(campaign("both", EMAIL_ONLY.replace("days: 14", "days: 30")), "r1", NOW);
        assertThat(both.removed()).containsEntry(FunnelStage.FREQUENCY_CAP, 3L).doesNotContainKey(FunnelStage.OWN_LIMIT);
        // runs that do not count do not add to the limit, so they are not limited by it
        assertThat(selection.dryRun(campaign("news", newsletter("weekly-newsletter")), "r1", NOW).targets()).isEqualTo(4);
    }

    @Test
    void theChosenLanguageBeatsTheImportedOneAndInterestsAreASegmentField() throws IOException {
        long choseSwedish = shop.customer("chose-sv", "Test", "A", "a@example.fi", "Katu 1", "00100", "fi");
        shop.customer("finnish", "Test", "B", "b@example.fi", "Katu 2", "00100", "fi");
        long shoes = shop.customer("shoes", "Test", "C", "c@example.fi", "Katu 3", "00100", "sv");
        choices.language(choseSwedish, "sv");
        choices.interest(shoes, "Shoes");
        choices.interest(choseSwedish, "Books");
        for (String c : new String[] {"chose-sv", "finnish", "shoes"}) {
            shop.consent(shop.id(c), "email", true);
        }

        assertThat(members("{ all: [ { field: language, op: \"=\", value: sv } ] }")).containsExactlyInAnyOrder("chose-sv", "shoes");
        assertThat(members("{ all: [ { interested-in: shoes } ] }")).containsExactly("shoes");
        assertThat(members("{ all: [ { interested-in: [Garden, BOOKS] } ] }")).containsExactly("chose-sv");
        assertThat(members("{ all: [ { not-interested-in: Shoes } ] }")).containsExactlyInAnyOrder("chose-sv", "finnish");
    }

    // ---------------------------------------------------------------------------------------------

    private List<String> members(String segment) throws IOException {
        jdbc.update("DELETE FROM campaign_funnel");
        jdbc.update("DELETE FROM campaign_recipient");
        jdbc.update("DELETE FROM campaign_run");
        selection.write(campaign("members", EMAIL_ONLY.replace("segment: { all: [] }", "segment: " + segment)), "r1", NOW);
        return recipients();
    }

    private Campaign campaign(String name, String yaml) throws IOException {
        return CampaignFiles.write(home, campaigns, name, yaml);
    }

    /** External ids in the outbox, best-ranked first. */
    private List<String> recipients() {
        return jdbc.queryForList("SELECT c.external_id FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " ORDER BY r.run_id, r.ranking", String.class);
    }
}
