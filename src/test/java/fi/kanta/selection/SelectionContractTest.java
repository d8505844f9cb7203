package fi.kanta.selection;

import static fi.kanta.selection.CampaignFiles.EMAIL_ONLY;
import static fi.kanta.selection.CampaignFiles.letterOnly;
import static fi.kanta.selection.CampaignFiles.newsletter;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Each funnel stage removes exactly whom it should, on whichever database a subclass starts; the
 * outbox is written once, with the holdout recorded and offer codes for targets only.
 */
abstract class SelectionContractTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KantaHome home;

    @Autowired
    Campaigns campaigns;

    @Autowired
    RecipientSelection selection;

    @Autowired
    CampaignRuns runs;

    TestShop shop;

    @BeforeEach
    void emptyShop() throws IOException {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        Files.createDirectories(home.home().resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.home().resolve("templates"));
    }

    @Test
    void emailNeedsAConsentWhoseNewestRowGrantsIt() throws IOException {
        long granted = shop.customer("granted", "granted@example.fi");
        long withdrawn = shop.customer("withdrawn", "withdrawn@example.fi");
        shop.customer("never-asked", "never@example.fi");
        long regranted = shop.customer("regranted", "regranted@example.fi");
        shop.consent(granted, "email", true);
        shop.consent(withdrawn, "email", true, "2026-01-01T10:00", "shop");
        shop.consent(withdrawn, "email", false, "2026-03-01T10:00", "shop");
        shop.consent(regranted, "email", false, "2026-01-01T10:00", "shop");
        shop.consent(regranted, "email", true, "2026-03-01T10:00", "shop");

        SelectionResult result = selection.write(campaign("by-email", EMAIL_ONLY), "r1", NOW);

        assertThat(recipients()).containsExactlyInAnyOrder("granted", "regranted");
        assertThat(result.removed()).containsEntry(FunnelStage.CONSENT, 2L);
    }

    @Test
    void lettersAreAllowedUnlessWithdrawn() throws IOException {
        shop.customer("no-row", "a@example.fi");
        long withdrawn = shop.customer("withdrawn", "b@example.fi");
        shop.consent(withdrawn, "letter", false);
        shop.customer("no-address", "Test", "X", "c@example.fi", null, null, "fi");

        selection.write(campaign("by-letter", letterOnly("")), "r1", NOW);

        assertThat(recipients()).containsExactly("no-row");
    }

    @Test
    void suppressionsBeatConsentByAddressKeyAndByCustomer() throws IOException {
        long matti = shop.customer("matti", "Matti@Example.FI");
        long erased = shop.customer("erased", "erased@example.fi");
        long fine = shop.customer("fine", "fine@example.fi");
        for (long c : new long[] {matti, erased, fine}) {
            shop.consent(c, "email", true);
        }
        shop.suppressAddress("matti@example.fi", "BOUNCED", "2026-02-01T00:00");
        shop.suppressCustomer(erased, "ERASED");

        SelectionResult email = selection.write(campaign("by-email", EMAIL_ONLY), "r1", NOW);
        assertThat(recipients()).containsExactly("fine");
        assertThat(email.removed()).containsEntry(FunnelStage.SUPPRESSION, 2L);

        // a bounced address stops email only: the letter still goes; the erased customer gets nothing
        jdbc.update("DELETE FROM campaign_funnel");
        jdbc.update("DELETE FROM campaign_recipient");
        jdbc.update("DELETE FROM campaign_run");
        selection.write(campaign("by-letter", letterOnly("")), "r1", NOW);
        assertThat(recipients()).containsExactlyInAnyOrder("matti", "fine");
    }

    @Test
    void onlyANewerDoubleOptInLiftsAnUnsubscribe() throws IOException {
        long lifted = shop.customer("lifted", "lifted@example.fi");
        long imported = shop.customer("imported", "imported@example.fi");
        shop.suppressAddress("lifted@example.fi", "UNSUBSCRIBED", "2026-02-01T00:00");
        shop.suppressAddress("imported@example.fi", "UNSUBSCRIBED", "2026-02-01T00:00");
        shop.consent(lifted, "email", true, "2026-03-01T00:00", fi.kanta.customer.ContactRules.DOUBLE_OPT_IN);
        shop.consent(imported, "email", true, "2026-03-01T00:00", "crm-import");

        selection.write(campaign("by-email", EMAIL_ONLY), "r1", NOW);

        assertThat(recipients()).containsExactly("lifted");
    }

    @Test
    void theFrequencyCapCountsCampaignsThatCountAndStopsCampaignsThatObey() throws IOException {
        long contacted = shop.customer("contacted", "contacted@example.fi");
        long newsletterOnly = shop.customer("newsletter-only", "news@example.fi");
        long untouched = shop.customer("untouched", "untouched@example.fi");
        for (long c : new long[] {contacted, newsletterOnly, untouched}) {
            shop.consent(c, "email", true);
            shop.consent(c, "newsletter", true);
        }
        // ten days ago: a counting sales campaign reached "contacted", a non-counting newsletter "newsletter-only"
        selection.write(campaign("earlier-sale", EMAIL_ONLY.replace("segment: { all: [] }",
                "segment: { all: [ { field: external_id, op: \"=\", value: contacted } ] }")), "r0", NOW.minusDays(10));
        selection.write(campaign("earlier-news", newsletter("win-back").replace("segment: { all: [] }",
                "segment: { all: [ { field: external_id, op: \"=\", value: newsletter-only } ] }")), "r0", NOW.minusDays(10));

        SelectionResult obeys = selection.dryRun(campaign("obeys", EMAIL_ONLY), "r1", NOW);
        SelectionResult ignores = selection.dryRun(campaign("ignores", EMAIL_ONLY
                .replace("obeys: true", "obeys: false")), "r1", NOW);
        SelectionResult shortCap = selection.dryRun(campaign("short-cap", EMAIL_ONLY.replace("days: 14", "days: 7")), "r1", NOW);

        assertThat(obeys.removed()).containsEntry(FunnelStage.FREQUENCY_CAP, 1L);
        assertThat(obeys.targets()).isEqualTo(2);
        assertThat(ignores.removed()).doesNotContainKey(FunnelStage.FREQUENCY_CAP);
        assertThat(ignores.targets()).isEqualTo(3);
        assertThat(shortCap.targets()).isEqualTo(3);
    }

    @Test
    void aSharedMailboxGetsOneMessageAndAHouseholdOneLetter() throws IOException {
        long richer = shop.customer("richer", "Family@Example.fi");
        long poorer = shop.customer("poorer", " family@example.FI ");
        long alone = shop.customer("alone", "alone@example.fi");
        for (long c : new long[] {richer, poorer, alone}) {
            shop.consent(c, "email", true);
        }
        shop.score(richer, 0.5, 300, "At risk");
        shop.score(poorer, 0.5, 100, "At risk");
        shop.score(alone, 0.5, 50, "At risk");

        SelectionResult email = selection.write(campaign("by-email", EMAIL_ONLY), "r1", NOW);
        assertThat(recipients()).containsExactly("richer", "alone");
        assertThat(email.removed()).containsEntry(FunnelStage.DUPLICATE, 1L);

        shop.customer("same-house-1", "Test", "A", null, "Mannerheimintie 5 A 3", "00100", "fi");
        shop.customer("same-house-2", "Test", "B", null, "MANNERHEIMINTIE 5A, 3", "00100", "fi");
        SelectionResult letters = selection.dryRun(campaign("by-letter", letterOnly("")), "r2", NOW);
        assertThat(letters.removed()).containsEntry(FunnelStage.DUPLICATE, 1L);
    }

    @Test
    void theRobinsonRegisterStopsLettersToThePersonListedByNameAndAddressNeverEmailAndIsCountedApart() throws IOException {
        long listed = shop.customer("listed", "Aino", "Mäkelä", "aino@example.fi", "Hämeentie 12 B 7", "00530", "fi");
        shop.customer("housemate", "Matti", "Mäkelä", null, "Hämeentie 12 B 7", "00530", "fi");
        shop.customer("elsewhere", "Aino", "Mäkelä", null, "Kauppakatu 1", "40100", "fi");
        shop.customer("letter-only", "Liisa", "Virtanen", null, "Mannerheimintie 5 A 3", "00100", "fi");
        long erased = shop.customer("erased", "Pekka", "Nieminen", null, "Kauppakatu 2", "40100", "fi");
        shop.consent(listed, "email", true);
        shop.suppressCustomer(erased, "ERASED");
        robinson("Aino Maria", "MÄKELÄ", "HÄMEENTIE 12 B 7", "00530");
        robinson("Liisa", "Virtanen", "Mannerheimintie 5 a 3", "00100");
        robinson("Pekka", "Nieminen", "Kauppakatu 2", "40100"); // erased anyway: counted as suppressed

        SelectionResult result = selection.write(campaign("register", """
                name: register
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: letter, template: win-back, cost: 1.50 }
                  - { type: email, template: win-back }
                """), "r1", NOW);

        assertThat(channels()).containsExactlyInAnyOrder(Map.entry("listed", "email"), Map.entry("housemate", "letter"),
                Map.entry("elsewhere", "letter"));
        assertThat(result.removed()).containsEntry(FunnelStage.ROBINSON, 1L).containsEntry(FunnelStage.SUPPRESSION, 1L);
        // the delivery re-check (a customer at a time) says what the selection (whole sets) says
        String letterAllowed = "SELECT c.external_id FROM customer c WHERE ";
        var sets = fi.kanta.customer.ContactRules.allowed(fi.kanta.customer.ContactRules.ConsentChannel.LETTER);
        var each = fi.kanta.customer.ContactRules.allowedEach(fi.kanta.customer.ContactRules.ConsentChannel.LETTER);
        assertThat(jdbc.queryForList(letterAllowed + each.text(), String.class, each.args()))
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(letterAllowed + sets.text(), String.class, sets.args()))
                .containsExactlyInAnyOrder("housemate", "elsewhere");
    }

    private void robinson(String firstNames, String lastName, String street, String postalCode) {
        jdbc.update("INSERT INTO suppression (person_key, reason, suppressed_at, source) VALUES (?, 'ROBINSON', ?, 'robinson')",
                fi.kanta.customer.PersonKey.of(firstNames, lastName, street, postalCode, "FI"),
                java.sql.Timestamp.valueOf(NOW.minusDays(1)));
    }

    @Test
    void theLetterBudgetSendsTheBestLettersAndTheRestFallBackToEmail() throws IOException {
        for (int i = 1; i <= 5; i++) {
            long id = shop.customer("c" + i, "c" + i + "@example.fi");
            shop.score(id, 0.5, 100 * i, "At risk");
            if (i % 2 == 1) {
                shop.consent(id, "email", true);
            }
        }
        // budget 3.00 at 1.50 a letter: two letters (c5, c4); c3 and c1 fall back to email; c2 has no email consent
        SelectionResult result = selection.write(campaign("mixed", """
                name: mixed
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                selection: { letter-budget: 3.00 }
                channels:
                  - { type: letter, template: win-back, cost: 1.50 }
                  - { type: email, template: win-back }
                """), "r1", NOW);

        assertThat(channels()).containsExactly(Map.entry("c5", "letter"), Map.entry("c4", "letter"), Map.entry("c3", "email"),
                Map.entry("c1", "email"));
        assertThat(result.removed()).containsEntry(FunnelStage.BUDGET, 1L);
        assertThat(result.letterCost()).isEqualByComparingTo("3.00");
    }

    @Test
    void theMaximumKeepsTheBestRanked() throws IOException {
        for (int i = 1; i <= 6; i++) {
            long id = shop.customer("c" + i, "c" + i + "@example.fi");
            shop.consent(id, "email", true);
            shop.score(id, 0.5, 10 * i, "At risk");
        }
        selection.write(campaign("top", EMAIL_ONLY.replace("selection: {", "selection: { max-recipients: 4,")), "r1", NOW);

        assertThat(recipients()).containsExactly("c6", "c5", "c4", "c3");
    }

    @Test
    void theHoldoutIsRecordedNeverOfferedAndDrawnAsTheJavaHashSays() throws IOException {
        for (int i = 0; i < 300; i++) {
            long id = shop.customer("h" + i, "h" + i + "@example.fi");
            shop.consent(id, "email", true);
        }
        Campaign campaign = campaign("drawn", EMAIL_ONLY.replace("holdout: 0", "holdout: 0.3")
                + "offer: { code-prefix: WB, discount: \"20 %\", valid-days: 30 }\n");
        selection.write(campaign, "2026-W48", NOW);

        Holdout holdout = new Holdout("drawn", "2026-W48", 0.3);
        jdbc.query("SELECT customer_id, recipient_group, status, offer_code FROM campaign_recipient", row -> {
            boolean inHoldout = holdout.contains(row.getLong(1));
            assertThat(row.getString(2)).isEqualTo(inHoldout ? "HOLDOUT" : "TARGET");
            assertThat(row.getString(3)).isEqualTo(inHoldout ? "HOLDOUT" : "PENDING");
            if (inHoldout) {
                assertThat(row.getString(4)).isNull();
            } else {
                assertThat(row.getString(4)).matches("WB-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}");
            }
        });
        long holdoutRows = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE recipient_group = 'HOLDOUT'", Long.class);
        assertThat(holdoutRows).isBetween(60L, 120L);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT offer_code) FROM campaign_recipient", Long.class))
                .isEqualTo(300 - holdoutRows);
    }

    @Test
    void aRunIsWrittenOnceAndADryRunWritesNothing() throws IOException {
        long id = shop.customer("one", "one@example.fi");
        shop.consent(id, "email", true);
        Campaign campaign = campaign("once", EMAIL_ONLY);

        SelectionResult dry = selection.dryRun(campaign, "2026-W48", NOW);
        assertThat(dry.targets()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_run", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance", Long.class)).isZero();

        // a manual launch on Monday and a scheduled one on Sunday are the same week, so one run
        String monday = campaign.runKey(NOW.atZone(campaign.zone()), null);
        String sunday = campaign.runKey(NOW.plusDays(6).atZone(campaign.zone()), null);
        assertThat(sunday).isEqualTo(monday).isEqualTo("2026-W48");
        assertThat(runs.launch(campaign, monday, NOW).status()).isEqualTo(Launch.Status.DONE);
        assertThat(runs.launch(campaign, sunday, NOW.plusDays(6)).status()).isEqualTo(Launch.Status.ALREADY_DONE);
        assertThat(recipients()).containsExactly("one");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_run", Long.class)).isEqualTo(1);
    }

    @Test
    void aFailedRunIsResumedByLaunchingItAgainAndDrawsTheSameHoldout() throws IOException {
        for (int i = 0; i < 100; i++) {
            shop.consent(shop.customer("r" + i, "r" + i + "@example.fi"), "email", true);
        }
        Campaign campaign = campaign("resumed", EMAIL_ONLY.replace("holdout: 0", "holdout: 0.2"));
        // the selection step fails after a launch that worked (the funnel's table is away): nothing is written
        jdbc.execute("ALTER TABLE campaign_funnel RENAME TO campaign_funnel_away");
        Launch failed;
        try {
            failed = runs.launch(campaign, "2026-W48", NOW);
        } finally {
            jdbc.execute("ALTER TABLE campaign_funnel_away RENAME TO campaign_funnel");
        }
        assertThat(failed.status()).isEqualTo(Launch.Status.FAILED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient", Long.class)).isZero();

        assertThat(runs.launch(campaign, "2026-W48", NOW).status()).isEqualTo(Launch.Status.DONE);

        Holdout holdout = new Holdout("resumed", "2026-W48", 0.2);
        List<Long> expected = jdbc.queryForList("SELECT id FROM customer ORDER BY id", Long.class).stream()
                .filter(holdout::contains).toList();
        assertThat(jdbc.queryForList("SELECT customer_id FROM campaign_recipient WHERE recipient_group = 'HOLDOUT'"
                + " ORDER BY customer_id", Long.class)).isEqualTo(expected).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_execution", Long.class)).isEqualTo(2);
    }

    // ---------------------------------------------------------------------------------------------

    private Campaign campaign(String name, String yaml) throws IOException {
        return CampaignFiles.write(home, campaigns, name, yaml);
    }

    /** External ids in the outbox, best-ranked first. */
    private List<String> recipients() {
        return jdbc.queryForList("SELECT c.external_id FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " ORDER BY r.ranking", String.class);
    }

    private List<Map.Entry<String, String>> channels() {
        return jdbc.query("SELECT c.external_id, r.channel FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " ORDER BY r.ranking", (row, n) -> Map.entry(row.getString(1), row.getString(2)));
    }
}
