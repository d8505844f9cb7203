package fi.kanta.run;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import fi.kanta.delivery.FaultySmtpServer;
import fi.kanta.report.RunResults;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
 * What a run does with the server's answers. A run whose first messages the server mostly refuses
 * stops without suppressing anyone, and a resume once the server is mended sends every message
 * once; a run with scattered bounces suppresses them once its first answers are in (small limits
 * here: 10 in a row, a window of 100, so the run's 60). Emails whose connection broke after the
 * whole message was handed over may have arrived: the run ends UNCONFIRMED, a plain resume does not
 * send them again, a resume with --resend-unconfirmed does, once, counted in the report.
 */
@SpringBootTest
class ServerAnswersTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final FaultySmtpServer SMTP = FaultySmtpServer.started();

    @TempDir
    static Path home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignRuns runs;

    @Autowired
    RunResults results;

    TestShop shop;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("kanta.delivery.retries", () -> "0");
        registry.add("kanta.campaign.claim-batch", () -> "7");
        registry.add("kanta.delivery.refusals.in-a-row", () -> "10");
        registry.add("kanta.delivery.refusals.window", () -> "100");
    }

    @AfterAll
    static void stop() throws IOException {
        SMTP.close();
    }

    @BeforeEach
    void shop() throws IOException {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        TestCampaigns.define(home, "refused", """
                name: refused
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: RF, discount: "10 %", valid-days: 14 }
                """);
        for (int i = 0; i < 60; i++) {
            shop.consent(shop.customer("r" + i, "r" + i + "@example.fi"), "email", true);
        }
        SMTP.onMail(n -> "250 2.1.0 Ok").onEndOfData(n -> "250 2.0.0 Ok: queued");
    }

    @Test
    void aRelayRefusingEveryRecipientStopsTheRunWithItsReplyAndSuppressesNoOne() {
        SMTP.onRcpt(address -> "554 5.7.1 <" + address + ">: Relay access denied");

        Launch stopped = launch();

        assertThat(stopped.status()).isEqualTo(Launch.Status.FAILED);
        assertThat(stopped.problem()).contains("10 emails in a row were refused").contains("554 5.7.1")
                .contains("Relay access denied").contains("Nothing was suppressed").contains("kanta resume refused/w1");
        assertThat(suppressions()).isZero();
        assertThat(statuses()).doesNotContainKey("BOUNCED").doesNotContainKey("SENT");
        assertThat(statuses().get("PENDING")).as("the run stopped early, the rest untouched").isGreaterThan(30);
        mendedServerSendsEveryMessageOnce();
    }

    @Test
    void aServerCallingEveryMailboxUnknownStopsTheRunAndItsBouncesAreNotSuppressed() {
        SMTP.onRcpt(address -> "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");

        Launch stopped = launch();

        assertThat(stopped.status()).isEqualTo(Launch.Status.FAILED);
        assertThat(stopped.problem()).contains("550 5.1.1").contains("Nothing was suppressed");
        assertThat(suppressions()).isZero();
        assertThat(statuses()).doesNotContainKey("BOUNCED").containsKey("FAILED");
        mendedServerSendsEveryMessageOnce();
    }

    @Test
    void scatteredBouncesAreSuppressedOnceTheFirstAnswersAreIn() {
        // every sixth address is gone: 10 of 60, never 10 in a row, never more than 12 (a fifth) of the 60
        SMTP.onRcpt(address -> Integer.parseInt(address.replaceAll("\\D", "")) % 6 == 0
                ? "550 5.1.1 User unknown" : "250 2.1.5 Ok");

        assertThat(launch().status()).isEqualTo(Launch.Status.DONE);

        assertThat(statuses()).containsEntry("BOUNCED", 10L).containsEntry("SENT", 50L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suppression s WHERE s.reason = 'BOUNCED' AND s.run_id ="
                + " (SELECT id FROM campaign_run WHERE campaign = 'refused') AND s.source LIKE 'smtp 550 5.1.1%'", Long.class))
                .isEqualTo(10);
    }

    @Test
    void emailsWhoseConnectionBrokeAfterTheyLeftAreSentAgainOnlyOnTheMarketersWord() {
        // the 3rd and 7th messages: the server takes the whole message, then hangs up without a word
        int mailsBefore = SMTP.acceptedMessageIds().size();
        AtomicInteger messages = new AtomicInteger();
        SMTP.onRcpt(address -> "250 2.1.5 Ok").onEndOfData(n -> {
            int m = messages.incrementAndGet();
            return m == 3 || m == 7 ? null : "250 2.0.0 Ok: queued";
        });

        Launch first = launch();

        assertThat(first.status()).isEqualTo(Launch.Status.UNCONFIRMED);
        assertThat(first.describe()).contains("refused/w1: sent, but 2 emails may not have arrived")
                .contains("kanta resume refused/w1 --resend-unconfirmed");
        assertThat(statuses()).containsEntry("UNCONFIRMED", 2L).containsEntry("SENT", 58L);
        int accepted = SMTP.acceptedMessageIds().size();

        assertThat(runs.resume("refused/w1", NOW).status()).as("a plain resume sends nothing again")
                .isEqualTo(Launch.Status.UNCONFIRMED);
        assertThat(SMTP.acceptedMessageIds()).hasSize(accepted);

        assertThat(runs.resume("refused/w1", NOW, true).status()).isEqualTo(Launch.Status.DONE);
        assertThat(SMTP.acceptedMessageIds().subList(accepted, SMTP.acceptedMessageIds().size())).hasSize(2)
                .doesNotHaveDuplicates();
        assertThat(statuses()).containsOnly(Map.entry("SENT", 60L));
        assertThat(results.report(campaigns.named("refused"), "w1", 30, NOW).delivery().resent()).isEqualTo(2);
        assertThat(accepted - mailsBefore).as("the first attempt: all but the 2 broken off reached the server").isEqualTo(58);
    }

    private void mendedServerSendsEveryMessageOnce() {
        int acceptedBefore = SMTP.acceptedMessageIds().size();
        SMTP.onRcpt(address -> "250 2.1.5 Ok");

        assertThat(runs.resume("refused/w1", NOW).status()).isEqualTo(Launch.Status.DONE);

        assertThat(statuses()).containsOnly(Map.entry("SENT", 60L));
        assertThat(SMTP.acceptedMessageIds().subList(acceptedBefore, SMTP.acceptedMessageIds().size())).hasSize(60)
                .doesNotHaveDuplicates();
        assertThat(suppressions()).isZero();
    }

    private Launch launch() {
        return runs.launch(campaigns.named("refused"), "w1", NOW);
    }

    private long suppressions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM suppression", Long.class);
    }

    private Map<String, Long> statuses() {
        return TestDatabase.recipientStatuses(jdbc);
    }
}
