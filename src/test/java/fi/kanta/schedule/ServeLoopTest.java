package fi.kanta.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One round of {@code kanta serve}, with the clock given: files in the inbox are imported and moved
 * to done/ (or failed/ with their reject report), and the newsletter due this week is sent once:
 * not again in the next round, not again after its week's run exists.
 */
@SpringBootTest
class ServeLoopTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @TempDir
    static Path home;

    @Autowired
    ServeLoop loop;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @BeforeEach
    void home() throws IOException {
        TestDatabase.clean(jdbc);
        TestCampaigns.define(home, "weekly-news", """
                name: weekly-news
                kind: newsletter
                period: weekly
                segment: { all: [ { field: newsletter_consent, op: "=", value: true } ] }
                holdout: 0
                channels:
                  - { type: email, template: weekly-newsletter, consent: newsletter }
                schedule: { cron: "0 0 8 * * MON", zone: Europe/Helsinki }
                """);
    }

    @Test
    void theInboxIsImportedAndTheNewsletterGoesOutOncePerWeek() throws IOException {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        drop(inbox.resolve("customers-week48.csv"), "customer_id,first_name,email\nN1,Aino,aino@example.fi\nN2,Eino,eino@example.fi\n");
        drop(inbox.resolve("consents.csv"), "customer_id,channel,granted,given_at,source\nN1,newsletter,yes,2026-01-01 10:00,double-opt-in\n"
                + "N2,newsletter,maybe,2026-01-01 10:00,web\n");
        Files.writeString(inbox.resolve("purchases.csv.part"), "half a file");

        List<String> monday = loop.once(clock("2026-11-23T08:05:00"));

        assertThat(inbox.resolve("done/customers-week48.csv")).exists();
        assertThat(inbox.resolve("done/consents.csv")).exists();
        assertThat(inbox.resolve("done/consents.csv.rejects.csv")).exists();
        assertThat(inbox.resolve("purchases.csv.part")).exists();
        assertThat(monday).anyMatch(line -> line.startsWith("scheduled weekly-news/2026-W48") && line.contains("DONE"));
        try (var emails = Files.list(home.resolve("out/weekly-news/2026-W48/emails"))) {
            assertThat(emails.count()).isEqualTo(1);
        }

        List<String> later = loop.once(clock("2026-11-23T08:06:00"));
        List<String> friday = loop.once(clock("2026-11-27T12:00:00"));
        assertThat(later).noneMatch(line -> line.startsWith("scheduled"));
        assertThat(friday).noneMatch(line -> line.startsWith("scheduled"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_run", Long.class)).isEqualTo(1);
        assertThat(loop.once(clock("2026-11-30T08:00:00"))).anyMatch(line -> line.startsWith("scheduled weekly-news/2026-W49"));
    }

    /** A file that has been there a while (the inbox leaves files still being written alone). */
    private static void drop(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
    }

    private static Clock clock(String helsinkiTime) {
        return Clock.fixed(LocalDateTime.parse(helsinkiTime).atZone(HELSINKI).toInstant(), HELSINKI);
    }
}
