package fi.kanta.run;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.delivery.FaultySmtpServer;
import fi.kanta.selection.FunnelStage;
import fi.kanta.selection.RecipientSelection;
import fi.kanta.selection.SelectionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A campaign run end to end against a real SMTP conversation (a small server that answers as each
 * test tells it): every target gets one message with its own Message-ID, the holdout none; a
 * temporary failure fails the run and a resume sends the rest once; a refused address is bounced
 * and suppressed; a consent withdrawn after selection withdraws the message; rows a crash left
 * SENDING are never sent again.
 */
@SpringBootTest
class CampaignDeliveryTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final FaultySmtpServer SMTP = FaultySmtpServer.started();

    @TempDir
    static Path home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KantaHome kantaHome;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignRuns runs;

    @Autowired
    RecipientSelection selection;

    TestShop shop;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("kanta.delivery.retries", () -> "1");
        registry.add("kanta.delivery.backoff", () -> "0s");
        registry.add("kanta.campaign.claim-batch", () -> "7");
    }

    @AfterAll
    static void stop() throws IOException {
        SMTP.close();
    }

    @BeforeEach
    void shopWithTemplates() throws IOException {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        TestCampaigns.define(home, "mail-test", """
                name: mail-test
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0.2
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: MT, discount: "10 %", valid-days: 14 }
                """);
        SMTP.onMail(n -> "250 2.1.0 Ok").onRcpt(address -> "250 2.1.5 Ok");
    }

    @Test
    void everyTargetGetsOneMessageAndTheHoldoutNone() {
        customers(40);
        shop.consent(shop.customer("hostile", "<script>alert(1)</script>", "${T(java.lang.Runtime)} [[${x}]]",
                "hostile@example.fi", "Katu 1", "00100", "en"), "email", true);

        Launch launch = launch("w1");

        assertThat(launch.status()).as(launch.problem()).isEqualTo(Launch.Status.DONE);
        List<String> sent = sentIds("w1");
        assertThat(sent).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedIds("w1", "TARGET"));
        assertThat(statuses()).containsOnlyKeys("SENT", "HOLDOUT");
        String hostile = message("w1", shop.id("hostile"));
        assertThat(hostile).contains("multipart/alternative").contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
                .contains("Hi <script>alert(1)</script>,"); // the text part: plain text, shown as written
        String html = hostile.substring(hostile.indexOf("<!DOCTYPE html"));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .doesNotContain("java.lang.Runtime@");
    }

    @Test
    void temporaryFailuresFailTheRunAndAResumeSendsTheRestOnce() {
        customers(30);
        AtomicInteger mails = new AtomicInteger();
        // the server says "try later" from the 10th message on, beyond the one retry
        SMTP.onMail(n -> mails.incrementAndGet() >= 10 ? "451 4.3.0 Try again later" : "250 2.1.0 Ok");

        Launch failed = launch("w2");
        assertThat(failed.status()).isEqualTo(Launch.Status.FAILED);
        assertThat(failed.problem()).contains("kanta resume mail-test/w2");
        assertThat(statuses()).containsKey("FAILED").containsKey("SENT");

        SMTP.onMail(n -> "250 2.1.0 Ok");
        assertThat(launch("w2").status()).isEqualTo(Launch.Status.DONE);
        assertThat(sentIds("w2")).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedIds("w2", "TARGET"));
        assertThat(statuses()).containsOnlyKeys("SENT", "HOLDOUT");
    }

    @Test
    void aRefusedAddressIsBouncedAndSuppressed() throws IOException {
        customers(10);
        shop.consent(shop.customer("gone", "gone@example.fi"), "email", true);
        SMTP.onRcpt(address -> address.contains("gone@") ? "550 5.1.1 No such user" : "250 2.1.5 Ok");

        // no holdout in this run, so the refused customer is surely a target
        Path definition = home.resolve("jobs/mail-test.yml");
        Files.writeString(definition, Files.readString(definition).replace("holdout: 0.2", "holdout: 0"));
        launch("w3");

        String status = jdbc.queryForObject("SELECT status FROM campaign_recipient WHERE customer_id = ?", String.class, shop.id("gone"));
        assertThat(status).isEqualTo("BOUNCED");
        assertThat(jdbc.queryForObject("SELECT detail FROM campaign_recipient WHERE customer_id = ?", String.class, shop.id("gone")))
                .startsWith("550");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suppression WHERE email_key = 'gone@example.fi' AND reason = 'BOUNCED'",
                Long.class)).isEqualTo(1);
        SelectionResult next = selection.dryRun(campaigns.named("mail-test"), "w3-next", NOW.plusDays(30));
        assertThat(next.removed()).containsEntry(FunnelStage.SUPPRESSION, 1L);
    }

    @Test
    void aConsentWithdrawnAfterSelectionWithdrawsTheMessage() {
        customers(10);
        Campaign campaign = campaigns.named("mail-test");
        selection.write(campaign, "w4", NOW);
        List<Long> targets = jdbc.queryForList("SELECT customer_id FROM campaign_recipient WHERE status = 'PENDING'", Long.class);
        shop.consent(targets.get(0), "email", false, "2026-11-23T10:30", "unsubscribe-link");

        assertThat(launch("w4").status()).isEqualTo(Launch.Status.DONE);

        assertThat(jdbc.queryForObject("SELECT status FROM campaign_recipient WHERE customer_id = ?", String.class, targets.get(0)))
                .isEqualTo("WITHDRAWN");
        assertThat(sentIds("w4")).hasSize(targets.size() - 1);
    }

    @Test
    void rowsACrashLeftSendingAreUnconfirmedAndNeverSentAgain() {
        customers(12);
        Campaign campaign = campaigns.named("mail-test");
        selection.write(campaign, "w5", NOW);
        List<Long> inFlight = jdbc.queryForList("SELECT customer_id FROM campaign_recipient WHERE status = 'PENDING'"
                + " ORDER BY ranking FETCH FIRST 3 ROWS ONLY", Long.class);
        inFlight.forEach(id -> jdbc.update("UPDATE campaign_recipient SET status = 'SENDING' WHERE customer_id = ?", id));

        assertThat(launch("w5").status()).as("not as if all were sent").isEqualTo(Launch.Status.UNCONFIRMED);

        assertThat(statuses()).containsEntry("UNCONFIRMED", 3L);
        List<String> sent = sentIds("w5");
        assertThat(sent).hasSize(expectedIds("w5", "TARGET").size() - 3);
        inFlight.forEach(id -> assertThat(sent).doesNotContain("<w5." + id + ".mail-test@kanta-demo.example>"));
    }

    @Test
    void selectOnlyStopsWithTheOutboxWrittenAndAResumeSends() {
        customers(10);

        Launch selected = runs.launch(campaigns.named("mail-test"), "w6", NOW, true);

        assertThat(selected.status()).isEqualTo(Launch.Status.SELECTED);
        assertThat(sentIds("w6")).isEmpty();
        assertThat(statuses()).containsOnlyKeys("PENDING", "HOLDOUT");
        assertThat(runs.resume("mail-test/w6", NOW).status()).isEqualTo(Launch.Status.DONE);
        assertThat(sentIds("w6")).containsExactlyInAnyOrderElementsOf(expectedIds("w6", "TARGET"));
    }

    // ---------------------------------------------------------------------------------------------

    private void customers(int count) {
        for (int i = 0; i < count; i++) {
            long id = shop.customer("m" + i, "m" + i + "@example.fi");
            shop.consent(id, "email", true);
        }
    }

    private Launch launch(String runKey) {
        return runs.launch(campaigns.named("mail-test"), runKey, NOW);
    }

    private List<String> sentIds(String runKey) {
        return SMTP.acceptedMessageIds().stream().filter(id -> id.startsWith("<" + runKey + ".")).toList();
    }

    private List<String> expectedIds(String runKey, String group) {
        return jdbc.queryForList("SELECT customer_id FROM campaign_recipient WHERE recipient_group = ?", Long.class, group).stream()
                .map(id -> "<" + runKey + "." + id + ".mail-test@kanta-demo.example>").toList();
    }

    private String message(String runKey, long customerId) {
        return SMTP.accepted().stream().filter(m -> m.contains("<" + runKey + "." + customerId + ".mail-test@")).findFirst()
                .map(CampaignDeliveryTest::decoded).orElseThrow();
    }

    /** The message with its quoted-printable soft breaks and escapes undone, enough to search its text. */
    private static String decoded(String message) {
        try {
            var mime = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            var parts = (jakarta.mail.internet.MimeMultipart) mime.getContent();
            StringBuilder text = new StringBuilder(message.substring(0, message.indexOf("\r\n\r\n")));
            for (int i = 0; i < parts.getCount(); i++) {
                text.append('\n').append(parts.getBodyPart(i).getContent());
            }
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> statuses() {
        return TestDatabase.recipientStatuses(jdbc);
    }
}
