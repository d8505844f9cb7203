package fi.kanta.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.campaign.ChannelType;
import fi.kanta.campaign.RunCounts;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.delivery.DeliveryStatus;
import fi.kanta.erasure.Erasures;
import fi.kanta.retention.Retention;
import fi.kanta.selection.RecipientSelection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's kept counts (run_status_count) equal a live GROUP BY of its outbox rows after every writer of a
 * status: the selection, the claims and withdrawals, the answers of a window of emails, a refused email,
 * released bounces, a step's restart, a resend, letters printed and posted, an erasure, a retention; a
 * window whose process died leaves the counts behind, and the page's look recounts them on a thread of its
 * own. Run on HSQLDB ({@link HsqldbRunCountsTest}) and PostgreSQL ({@link PostgresRunCountsTest}).
 */
abstract class RunCountsContractTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    RecipientSelection selection;

    @Autowired
    Outbox outbox;

    @Autowired
    LetterPosting posting;

    @Autowired
    RecipientCounts counts;

    @Autowired
    Erasures erasures;

    @Autowired
    Retention retention;

    @Autowired
    fi.kanta.KantaHome home;

    TestShop shop;

    @BeforeEach
    void shop() throws IOException {
        jdbc.update("DELETE FROM erasure");
        jdbc.update("DELETE FROM data_subject_request");
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        Files.createDirectories(home.home().resolve("jobs"));
        Files.writeString(home.home().resolve("jobs/news.yml"), """
                name: news
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: NW, discount: "10 %", valid-days: 14 }
                """);
        Files.writeString(home.home().resolve("jobs/post.yml"), """
                name: post
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: letter, template: win-back }
                offer: { code-prefix: PO, discount: "5 €", valid-days: 20 }
                """);
    }

    @Test
    void everyWriterOfAnEmailRunKeepsItsCountsEqualToTheLiveCounts() {
        long[] ids = new long[8];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = shop.customer("E" + i, "e" + i + "@example.fi");
            shop.consent(ids[i], "email", true);
            shop.score(ids[i], 0.5, 1000 - i, "At risk");
        }
        Campaign news = campaigns.named("news");
        long run = selection.write(news, "w1", NOW).runId().orElseThrow();
        assertKeptEqualsLive(run, "selection");
        assertThat(kept(run)).containsExactly(new RecipientCounts.Count("email", "PENDING", 8));

        // the first window: one customer said no since, one email is refused before it is made, the rest leave
        shop.consent(ids[0], "email", false, "2026-11-22T10:00", "web form");
        Outbox.Contact contact = Outbox.Contact.of(news, ChannelType.EMAIL);
        List<Long> allowed = outbox.stillAllowed(run, ChannelType.EMAIL, contact, 1, 8, NOW);
        assertThat(allowed).hasSize(7);
        assertThat(RunCounts.kept(jdbc, run).behind()).as("a window of emails is open").isTrue();
        List<DeliveryStatus> answers = List.of(DeliveryStatus.SENT, DeliveryStatus.BOUNCED, DeliveryStatus.FAILED_RETRYABLE,
                DeliveryStatus.UNCONFIRMED, DeliveryStatus.SENT);
        Long previous = null;
        DeliveryOutcome answer = null;
        for (int i = 0; i < answers.size(); i++) {
            assertThat(outbox.handOver(run, previous, answer, allowed.get(i), NOW)).isTrue();
            previous = allowed.get(i);
            answer = new DeliveryOutcome("m" + i, answers.get(i), 250, "reply " + i, 1);
        }
        outbox.handOver(run, previous, answer, null, NOW);
        outbox.record(run, List.of(allowed.get(5)), List.of(new DeliveryOutcome("m5", DeliveryStatus.REJECTED, 0, "no template", 0)), NOW);
        assertThat(kept(run)).as("the refused email is counted at once, the window's answers at its end")
                .contains(new RecipientCounts.Count("email", "FAILED", 1));
        List<DeliveryOutcome> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            outcomes.add(new DeliveryOutcome("m" + i, answers.get(i), 250, "reply " + i, 1));
        }
        outcomes.add(new DeliveryOutcome("m6", DeliveryStatus.SKIPPED, 0, "not ours", 0));
        outbox.windowAnswered(run, ChannelType.EMAIL, outcomes);
        assertThat(RunCounts.kept(jdbc, run).behind()).isFalse();
        assertKeptEqualsLive(run, "the window's answers and a refused email");
        assertThat(kept(run)).contains(new RecipientCounts.Count("email", "WITHDRAWN", 1), new RecipientCounts.Count("email", "SENT", 2),
                new RecipientCounts.Count("email", "BOUNCED", 1), new RecipientCounts.Count("email", "FAILED", 2),
                new RecipientCounts.Count("email", "UNCONFIRMED", 1), new RecipientCounts.Count("email", "PENDING", 1));

        assertThat(outbox.releaseHeldBounces(run, ChannelType.EMAIL, NOW)).isOne();
        assertKeptEqualsLive(run, "released bounces");
        outbox.prepareRestart(run, ChannelType.EMAIL, true, NOW);
        assertKeptEqualsLive(run, "a restart");
        assertThat(outbox.resendUnconfirmed(run, NOW)).isOne();
        assertKeptEqualsLive(run, "a resend");

        // a window whose process died: its claims are in, its moves are not; the page's look recounts the run
        List<Long> again = outbox.stillAllowed(run, ChannelType.EMAIL, contact, 1, 8, NOW);
        assertThat(outbox.handOver(run, null, null, again.get(0), NOW)).isTrue();
        assertThat(outbox.handOver(run, again.get(0), new DeliveryOutcome("n0", DeliveryStatus.SENT, 250, "ok", 1), null, NOW)).isTrue();
        assertThat(kept(run)).as("behind by the open window").isNotEqualTo(live(run));
        assertThat(counts.kept(run, true)).as("still sending: shown as kept").isEqualTo(kept(run));
        counts.kept(run, false);
        awaitKeptEqualsLive(run);

        // an erasure withdraws the customer's PENDING rows
        long pending = jdbc.queryForObject("SELECT customer_id FROM campaign_recipient WHERE run_id = ? AND status = 'PENDING'"
                + " ORDER BY ranking FETCH FIRST 1 ROWS ONLY", Long.class, run);
        erasures.erase(pending, "asked", "customer");
        assertKeptEqualsLive(run, "an erasure");

        // a retention clears old answers, not statuses
        retention.expire(false, Instant.parse("2030-01-01T10:00:00Z"));
        assertKeptEqualsLive(run, "a retention");
    }

    @Test
    void anErasureOfARowStillSendingMarksTheRunStaleAndTheLookRecountsIt() {
        long aino = shop.customer("S1", "s1@example.fi");
        long bo = shop.customer("S2", "s2@example.fi");
        shop.consent(aino, "email", true);
        shop.consent(bo, "email", true);
        Campaign news = campaigns.named("news");
        long run = selection.write(news, "w2", NOW).runId().orElseThrow();
        List<Long> allowed = outbox.stillAllowed(run, ChannelType.EMAIL, Outbox.Contact.of(news, ChannelType.EMAIL), 1, 2, NOW);
        outbox.windowAnswered(run, ChannelType.EMAIL, List.of());
        // a sender that died with the email in flight (claimed outside a window's count): sending-wait is 0 here
        jdbc.update("UPDATE campaign_recipient SET status = 'SENDING' WHERE run_id = ? AND customer_id = ?", run, allowed.get(0));
        RunCounts.add(jdbc, run, new RunCounts.Moves().move(ChannelType.EMAIL, "PENDING", "SENDING", 1));
        assertKeptEqualsLive(run, "claimed");

        erasures.erase(allowed.get(0), "asked", "customer");

        assertThat(RunCounts.kept(jdbc, run).stale()).isTrue();
        counts.kept(run, true);
        awaitKeptEqualsLive(run);
        assertThat(kept(run)).contains(new RecipientCounts.Count("email", "UNCONFIRMED", 1));
    }

    @Test
    void lettersClaimedPrintedAndPostedKeepTheirRunsCounts() {
        for (int i = 0; i < 5; i++) {
            shop.customer("L" + i, "Leena" + i, "Test", null, "Katu " + (i + 1), "00100", "fi");
        }
        Campaign post = campaigns.named("post");
        long run = selection.write(post, "l1", NOW).runId().orElseThrow();
        assertKeptEqualsLive(run, "selection");

        List<Long> claimed = outbox.claim(run, ChannelType.LETTER, Outbox.Contact.of(post, ChannelType.LETTER), 1, 3, NOW);
        assertThat(claimed).hasSize(3);
        assertKeptEqualsLive(run, "claimed");
        outbox.markPrinted(run, claimed, NOW);
        assertKeptEqualsLive(run, "printed");
        outbox.prepareRestart(run, ChannelType.LETTER, false, NOW);
        assertKeptEqualsLive(run, "a letter step's restart");
        assertThat(posting.markPosted("post/l1", Optional.empty()).letters()).isEqualTo(3);
        assertKeptEqualsLive(run, "posted");
        assertThat(kept(run)).containsExactly(new RecipientCounts.Count("letter", "PENDING", 2),
                new RecipientCounts.Count("letter", "SENT", 3));
    }

    @Test
    void theMigrationsFillEqualsTheLiveCounts() throws IOException {
        long a = shop.customer("M1", "m1@example.fi");
        shop.consent(a, "email", true);
        long run = selection.write(campaigns.named("news"), "m1", NOW).runId().orElseThrow();
        jdbc.update("UPDATE campaign_recipient SET status = 'SENT' WHERE run_id = ?", run);
        jdbc.update("DELETE FROM run_status_count");

        String migration = new String(getClass().getResourceAsStream("/db/migration/common/V40__run_status_count.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        String fill = migration.substring(migration.indexOf("INSERT INTO run_status_count"));
        jdbc.update(fill.substring(0, fill.indexOf(';')));

        assertKeptEqualsLive(run, "the migration");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_status_count WHERE run_id = ?", Long.class, run))
                .as("a row for each channel and status").isEqualTo(ChannelType.values().length * RunCounts.STATUSES.size());
    }

    @Test
    void theKeptStatusesAreTheOutboxsStatuses() {
        assertThat(RunCounts.STATUSES).containsExactlyElementsOf(Arrays.stream(RecipientStatus.values()).map(Enum::name).toList());
    }

    private List<RecipientCounts.Count> kept(long run) {
        return RunCounts.kept(jdbc, run).counts().stream().map(c -> new RecipientCounts.Count(c.channel(), c.status(), c.customers()))
                .toList();
    }

    private List<RecipientCounts.Count> live(long run) {
        return counts.of(run);
    }

    private void assertKeptEqualsLive(long run, String after) {
        assertThat(kept(run)).as("kept counts after " + after).isEqualTo(live(run));
        RunCounts.Kept marks = RunCounts.kept(jdbc, run);
        assertThat(marks.stale() || marks.behind()).as("marks after " + after).isFalse();
    }

    private void awaitKeptEqualsLive(long run) {
        for (int i = 0; i < 200 && !kept(run).equals(live(run)); i++) {
            try {
                Thread.sleep(50); // the background recount: waited for, not timed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertKeptEqualsLive(run, "the recount");
    }
}
