package fi.kanta.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A scheduled run that fails (its template names a variable that does not exist, so the delivery
 * check stops it) sends one alert to the address in {@code kanta.alerts.email} through the shop's
 * SMTP server (GreenMail): the campaign, the week, the run, the error's first line and the run's
 * console page, no customer; the next round does not send it again. A run that succeeds sends none.
 * The shop speaks Finnish: serve's line and the alert, its reason too, are in Finnish.
 */
@SpringBootTest
class ScheduledRunAlertTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false); // one server for the class: the application keeps its port

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final String OPS = "ops@shop.example";

    @TempDir
    static Path home;

    @Autowired
    CampaignScheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kanta.alerts.email", () -> OPS);
        registry.add("kanta.alerts.console-url", () -> "https://kanta.shop.example/");
        registry.add("kanta.shop.language", () -> "fi");
    }

    @BeforeEach
    void subscribers() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        TestDatabase.clean(jdbc);
        TestShop shop = new TestShop(jdbc);
        for (int i = 1; i <= 3; i++) {
            shop.consent(shop.customer("S" + i, "reader" + i + "@example.fi"), "newsletter", true);
        }
    }

    @Test
    void aScheduledRunThatFailsSendsOneAlertWithoutCustomers() throws Exception {
        newsletter("broken-news", "broken-news");
        Path broken = home.resolve("templates/broken-news");
        FileSystemUtils.copyRecursively(home.resolve("templates/weekly-newsletter"), broken);
        Files.writeString(broken.resolve("email.html"), Files.readString(broken.resolve("email.html"))
                .replace("<main>", "<main><p th:text=\"${customer.nickname}\">x</p>"));

        List<String> monday = scheduler.tick(clock("2026-11-23T08:05:00"));
        assertThat(monday).anyMatch(line -> line.startsWith("ajastettu broken-news/2026-W48 (cron laukesi 23.11.2026 klo 8.00): epäonnistui: ")
                && line.contains("nickname"));

        List<MimeMessage> alerts = to(OPS);
        assertThat(alerts).hasSize(1);
        MimeMessage alert = alerts.get(0);
        String body = textPart(alert);
        assertThat(alert.getSubject()).isEqualTo("Kanta: ajastettu ajo broken-news/2026-W48 epäonnistui");
        assertThat(body).contains("Kampanja: broken-news", "Viikko (ajon tunnus): 2026-W48", "Ajo: broken-news/2026-W48", "nickname",
                "Ajon sivu: https://kanta.shop.example/console/campaigns/broken-news/runs/2026-W48", "kanta resume broken-news/2026-W48");
        assertThat(body).doesNotContain("Campaign:", "Error:", "failed");
        assertThat(body).doesNotContain("reader1", "@example.fi");
        assertThat(to("reader1@example.fi")).as("the failed run sent nothing").isEmpty();

        scheduler.tick(clock("2026-11-23T08:06:00"));
        assertThat(to(OPS)).as("told once").hasSize(1);
    }

    @Test
    void aScheduledRunThatSucceedsSendsNoAlert() throws Exception {
        newsletter("good-news", "weekly-newsletter");
        List<String> monday = scheduler.tick(clock("2026-11-30T08:05:00"));
        assertThat(monday).anyMatch(line -> line.startsWith("ajastettu good-news/2026-W49") && line.endsWith(": valmis"));
        assertThat(to("reader1@example.fi")).hasSize(1);
        assertThat(to(OPS)).isEmpty();
    }

    private static void newsletter(String name, String template) throws IOException {
        TestCampaigns.define(home, name, """
                name: %s
                kind: newsletter
                period: weekly
                segment: { all: [ { field: newsletter_consent, op: "=", value: true } ] }
                holdout: 0
                channels:
                  - { type: email, template: %s, consent: newsletter }
                schedule: { cron: "0 0 8 * * MON", zone: Europe/Helsinki }
                """.formatted(name, template));
        for (String other : List.of("broken-news", "good-news")) {
            if (!other.equals(name)) {
                Files.deleteIfExists(home.resolve("jobs/" + other + ".yml"));
            }
        }
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text part, decoded. */
    private static String textPart(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textPart(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static Clock clock(String helsinkiTime) {
        return Clock.fixed(LocalDateTime.parse(helsinkiTime).atZone(HELSINKI).toInstant(), HELSINKI);
    }
}
