package fi.kanta.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.schedule.NightlyRetention;
import fi.kanta.schedule.ServeLoop;
import fi.kanta.words.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The retention on a real HSQLDB file database and real folders: what is older than its period goes,
 * what is newer stays, what reports and consents need stays whatever its age, a dry run changes
 * nothing, a kind set to 0 is kept for ever, and serve's round runs it once a night.
 */
@SpringBootTest(properties = "kanta.retention.console-audit=0")
class RetentionTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Retention retention;

    @Autowired
    NightlyRetention nightly;

    @Autowired
    ServeLoop loop;

    long customer;

    @BeforeEach
    void shop() throws IOException {
        TestDatabase.clean(jdbc);
        jdbc.update("DELETE FROM import_warning");
        jdbc.update("DELETE FROM signup");
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(home) && !p.startsWith(home.resolve("data")))
                    .forEach(p -> p.toFile().delete());
        }
        customer = new TestShop(jdbc).customer("R-1", "aino@example.fi");
    }

    @Test
    void whatIsOlderThanItsPeriodGoesAndTheRestStays() throws IOException {
        fill();

        Retention.Outcome dry = retention.expire(true, NOW);

        assertThat(counts(dry)).containsEntry("delivery-answers", 1L).containsEntry("feedback-comments", 1L)
                .containsEntry("import-rejects", 1L).containsEntry("import-warnings", 1L).containsEntry("expired-signups", 1L)
                .containsEntry("one-time-codes", 1L).containsEntry("short-codes", 1L).containsEntry("run-folders", 2L)
                .containsEntry("lists", 1L).containsEntry("imported-files", 1L).containsEntry("import-report-files", 1L)
                .containsEntry("console-audit", 0L);
        assertThat(dry.compacted()).isFalse();
        assertEverythingStill();

        Retention.Outcome done = retention.expire(false, NOW);

        assertThat(counts(done)).isEqualTo(counts(dry));
        assertThat(done.compacted()).isTrue();
        // the outbox rows and the feedback scores stay; only their personal values went
        assertThat(jdbc.queryForList("SELECT detail FROM campaign_recipient ORDER BY customer_id", String.class))
                .containsExactly(null, "550 5.1.1 new@example.fi: no such user");
        assertThat(jdbc.queryForList("SELECT CAST(score AS VARCHAR(2)) || ':' || COALESCE(comment, '-') FROM feedback ORDER BY answered_at", String.class))
                .containsExactly("3:-", "9:fresh");
        // a rejected row keeps its line, so the same file is still imported again; its value went
        assertThat(jdbc.queryForList("SELECT CAST(import_id AS VARCHAR(20)) || ':' || CAST(line AS VARCHAR(20)) || ':' || COALESCE(value, '-') || ':' || reason FROM import_reject"
                + " ORDER BY import_id", String.class)).containsExactly("1:7:-:expired", "2:3:new@:not an email");
        assertThat(jdbc.queryForList("SELECT import_id FROM import_warning", Long.class)).containsExactly(2L);
        assertThat(jdbc.queryForList("SELECT email FROM signup ORDER BY id", String.class)).containsExactly("proof@example.fi", "waiting@example.fi");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM preference_passcode", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT code FROM preference_short_code", String.class)).containsExactly("NEWCODE000");
        // set to 0: kept for ever
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM console_audit", Long.class)).isEqualTo(2);

        assertThat(home.resolve("out/win-back/2026-W30")).doesNotExist();
        assertThat(home.resolve("out/win-back/preview")).doesNotExist();
        assertThat(home.resolve("out/win-back/2026-W49/letters/letters-0001.pdf")).exists();
        assertThat(home.resolve("out/exports/old.xlsx")).doesNotExist();
        assertThat(home.resolve("out/exports/new.xlsx")).exists();
        assertThat(home.resolve("inbox/done/customers-july.csv")).doesNotExist();
        assertThat(home.resolve("inbox/customers-waiting.csv")).exists();
        assertThat(home.resolve("out/import/customers/0123456789ab")).doesNotExist();
        assertThat(home.resolve("out/kanta.log")).exists();
        assertThat(home.resolve("out/demo/input/customers.csv")).exists();

        Retention.Outcome again = retention.expire(false, NOW);
        assertThat(again.total()).isZero();
        assertThat(again.compacted()).isFalse();
    }

    @Test
    void theCommandsWordsSayWhatWentAndWhatIsKeptForEver() {
        fill();
        Words finnish = new Words(Locale.forLanguageTag("fi"), HELSINKI);
        assertThat(RetentionText.lines(retention.expire(true, NOW), Words.english(HELSINKI)))
                .contains("run folders under out/: 2 would be removed (kept 90 days)",
                        "console audit rows: kept for ever (set to 0)", "Dry run: nothing was removed.");
        assertThat(RetentionText.summary(retention.expire(false, NOW), finnish))
                .startsWith("säilytysajat: poistettu ").contains("ajojen kansiot out/-kansiossa 2").endsWith("tietokanta tiivistetty");
    }

    @Test
    void serveRunsItOnceANightAfterItsTime() throws IOException {
        fill();
        Instant night = Instant.parse("2026-12-07T01:00:00Z"); // 03:00 in Helsinki, before 03:30
        assertThat(nightly.runIfDue(clock(night))).isEmpty();
        assertThat(home.resolve("out/win-back/2026-W30")).exists();

        assertThat(loop.once(clock(night.plus(Duration.ofMinutes(31))))).anyMatch(line -> line.startsWith("retention: removed")
                && line.contains("run folders under out/ 2") && line.endsWith("database compacted"));
        assertThat(home.resolve("out/win-back/2026-W30")).doesNotExist();

        old(home.resolve("out/win-back/2026-W31/emails/1.eml"));
        assertThat(nightly.runIfDue(clock(night.plus(Duration.ofHours(5))))).isEmpty();
        assertThat(home.resolve("out/win-back/2026-W31")).exists();
        assertThat(nightly.runIfDue(clock(night.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(40)))))
                .hasValueSatisfying(line -> assertThat(line).contains("run folders under out/ 1"));
        assertThat(home.resolve("out/win-back/2026-W31")).doesNotExist();
    }

    private void fill() {
        try {
            fillRows();
            fillFiles();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void fillRows() {
        long other = new TestShop(jdbc).customer("R-2", "eino@example.fi");
        jdbc.update("INSERT INTO campaign_run (campaign, run_key, counts_for_cap, selected_at) VALUES ('win-back', '2026-W30', TRUE, ?)",
                shopTime(200));
        long run = jdbc.queryForObject("SELECT id FROM campaign_run", Long.class);
        jdbc.update("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value, value_tier,"
                + " status, status_at, detail) VALUES (?, ?, 'email', 'a', 'TARGET', 1, 1, 'gold', 'BOUNCED', ?, '550 5.1.1 old@example.fi: no such user')",
                run, customer, shopTime(100));
        jdbc.update("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value, value_tier,"
                + " status, status_at, detail) VALUES (?, ?, 'email', 'b', 'TARGET', 2, 1, 'gold', 'BOUNCED', ?, '550 5.1.1 new@example.fi: no such user')",
                run, other, shopTime(80));
        jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, comment, answered_at) VALUES (?, 'feedback', 'a', 3, 'old', ?)",
                customer, shopTime(400));
        jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, comment, answered_at) VALUES (?, 'feedback', 'b', 9, 'fresh', ?)",
                customer, shopTime(300));
        jdbc.update("INSERT INTO console_audit (happened_at, user_id, action, subject) VALUES (?, 1, 'sign-in', NULL)", shopTime(800));
        jdbc.update("INSERT INTO console_audit (happened_at, user_id, action, subject) VALUES (?, 1, 'sign-in', NULL)", shopTime(1));
        importWithReject(1, 120, 7, "old@");
        importWithReject(2, 30, 3, "new@");
        signup("expired@example.fi", shopTime(10), null);
        signup("proof@example.fi", shopTime(500), shopTime(499));
        signup("waiting@example.fi", shopTime(-3), null);
        jdbc.update("INSERT INTO preference_passcode (customer_id, code_hash, created_at, expires_at, attempts, used) VALUES (?, 'h', ?, ?, 0, TRUE)",
                customer, utc(3), utc(3));
        jdbc.update("INSERT INTO preference_passcode (customer_id, code_hash, created_at, expires_at, attempts, used) VALUES (?, 'h', ?, ?, 0, FALSE)",
                customer, utc(0.5), utc(0.4));
        jdbc.update("INSERT INTO preference_short_code (code, customer_id, created_at, expires_at) VALUES ('OLDCODE000', ?, ?, ?)",
                customer, utc(40), utc(2));
        jdbc.update("INSERT INTO preference_short_code (code, customer_id, created_at, expires_at) VALUES ('NEWCODE000', ?, ?, ?)",
                customer, utc(10), utc(-20));
    }

    private void importWithReject(long id, int daysAgo, int line, String value) {
        LocalDateTime ended = LocalDateTime.ofInstant(NOW.minus(Duration.ofDays(daysAgo)), ZoneId.systemDefault());
        jdbc.update("INSERT INTO batch_job_instance (job_instance_id, version, job_name, job_key) VALUES (?, 0, 'importJob', ?)", id, "k" + id);
        jdbc.update("INSERT INTO batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time, end_time, status)"
                + " VALUES (?, 0, ?, ?, ?, ?, 'COMPLETED')", id, id, Timestamp.valueOf(ended.minusMinutes(1)),
                Timestamp.valueOf(ended.minusMinutes(1)), Timestamp.valueOf(ended));
        jdbc.update("INSERT INTO import_reject (import_id, line, column_name, value, reason) VALUES (?, ?, 'email', ?, 'not an email')",
                id, line, value);
        jdbc.update("INSERT INTO import_warning (import_id, line, column_name, value, reason) VALUES (?, ?, 'phone', '040', 'not a phone')",
                id, line + 1);
    }

    private void signup(String email, Timestamp expires, Timestamp confirmed) {
        jdbc.update("INSERT INTO signup (code, channel, email, email_key, language, requested_at, requested_from, expires_at, confirmed_at)"
                + " VALUES ('c', 'newsletter', ?, ?, 'fi', ?, '127.0.0.1', ?, ?)", email, email, expires, expires, confirmed);
    }

    private void fillFiles() throws IOException {
        old(home.resolve("out/win-back/2026-W30/letters/letters-0001.pdf"));
        old(home.resolve("out/win-back/2026-W30/recipients.xlsx"));
        old(home.resolve("out/win-back/preview/1001.eml"));
        file(home.resolve("out/win-back/2026-W49/letters/letters-0001.pdf"), NOW.minus(Duration.ofDays(3)));
        // a run folder with one old and one new file is young
        old(home.resolve("out/win-back/2026-W40/recipients.xlsx"));
        file(home.resolve("out/win-back/2026-W40/report.xlsx"), NOW.minus(Duration.ofDays(1)));
        old(home.resolve("out/exports/old.xlsx"));
        file(home.resolve("out/exports/new.xlsx"), NOW.minus(Duration.ofDays(2)));
        old(home.resolve("inbox/done/customers-july.csv"));
        old(home.resolve("inbox/customers-waiting.csv"));
        old(home.resolve("out/import/customers/0123456789ab/rejects.csv"));
        old(home.resolve("out/kanta.log"));
        old(home.resolve("out/demo/input/customers.csv"));
    }

    private static void old(Path file) throws IOException {
        file(file, NOW.minus(Duration.ofDays(150)));
    }

    private static void file(Path file, Instant modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "aino@example.fi");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private void assertEverythingStill() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE detail IS NOT NULL", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback WHERE comment IS NOT NULL", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_warning", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signup", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM preference_passcode", Long.class)).isEqualTo(2);
        assertThat(home.resolve("out/win-back/2026-W30/letters/letters-0001.pdf")).exists();
        assertThat(home.resolve("out/exports/old.xlsx")).exists();
        assertThat(home.resolve("inbox/done/customers-july.csv")).exists();
    }

    private static java.util.Map<String, Long> counts(Retention.Outcome outcome) {
        return outcome.expired().stream().collect(java.util.stream.Collectors.toMap(Retention.Expired::what, Retention.Expired::count));
    }

    private static Timestamp shopTime(double daysAgo) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(NOW.minusSeconds((long) (daysAgo * 86400)), HELSINKI));
    }

    private static Timestamp utc(double daysAgo) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(NOW.minusSeconds((long) (daysAgo * 86400)), ZoneOffset.UTC));
    }

    private static Clock clock(Instant at) {
        return Clock.fixed(at, HELSINKI);
    }
}
