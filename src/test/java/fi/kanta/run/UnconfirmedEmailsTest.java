package fi.kanta.run;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import fi.kanta.delivery.FaultySmtpServer;
import fi.kanta.report.RunResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
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
 * Emails whose connection broke after the whole message was handed over may have arrived: the run
 * ends UNCONFIRMED (not as if all were sent), a plain resume does not send them again, and a resume
 * with --resend-unconfirmed does, once, counted in the report.
 */
@SpringBootTest
class UnconfirmedEmailsTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final FaultySmtpServer SMTP = server();

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

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("kanta.delivery.retries", () -> "0");
    }

    @AfterAll
    static void stop() throws IOException {
        SMTP.close();
    }

    @BeforeEach
    void shop() throws IOException {
        TestDatabase.clean(jdbc);
        TestShop shop = new TestShop(jdbc);
        TestCampaigns.define(home, "doubt", """
                name: doubt
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: DB, discount: "10 %", valid-days: 14 }
                """);
        for (int i = 0; i < 20; i++) {
            shop.consent(shop.customer("d" + i, "d" + i + "@example.fi"), "email", true);
        }
    }

    @Test
    void emailsWhoseConnectionBrokeAfterTheyLeftAreSentAgainOnlyOnTheMarketersWord() {
        // the 3rd and 7th messages: the server takes the whole message, then hangs up without a word
        SMTP.onEndOfData(n -> n == 3 || n == 7 ? null : "250 2.0.0 Ok: queued");

        Launch first = runs.launch(campaigns.named("doubt"), "u1", NOW);

        assertThat(first.status()).isEqualTo(Launch.Status.UNCONFIRMED);
        assertThat(first.describe()).contains("doubt/u1: sent, but 2 email(s) may not have arrived")
                .contains("kanta resume doubt/u1 --resend-unconfirmed");
        assertThat(count("UNCONFIRMED")).isEqualTo(2);
        assertThat(count("SENT")).isEqualTo(18);
        int accepted = SMTP.acceptedMessageIds().size();

        assertThat(runs.resume("doubt/u1", NOW).status()).as("a plain resume sends nothing again")
                .isEqualTo(Launch.Status.UNCONFIRMED);
        assertThat(SMTP.acceptedMessageIds()).hasSize(accepted);

        assertThat(runs.resume("doubt/u1", NOW, true).status()).isEqualTo(Launch.Status.DONE);
        List<String> again = SMTP.acceptedMessageIds().subList(accepted, SMTP.acceptedMessageIds().size());
        assertThat(again).hasSize(2).doesNotHaveDuplicates();
        assertThat(count("SENT")).isEqualTo(20);
        assertThat(results.report(campaigns.named("doubt"), "u1", 30, NOW).delivery().resent()).isEqualTo(2);
    }

    private long count(String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE status = ?", Long.class, status);
    }

    private static FaultySmtpServer server() {
        try {
            return new FaultySmtpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
