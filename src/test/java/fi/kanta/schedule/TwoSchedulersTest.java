package fi.kanta.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.kanta.TestPostgres;
import fi.kanta.TestShop;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two {@code kanta serve} nodes (child JVMs) on one PostgreSQL database, sending through one real
 * SMTP server (GreenMail): the shipped weekly newsletter reaches every subscriber once a week when
 * both nodes' rounds run at Monday 08:00 together, when they look again later in the week, after
 * both restart, and when both launch a week by hand at the same moment. The node that loses the
 * launch says "already running" or "already done", never that something failed.
 */
class TwoSchedulersTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final String NEWSLETTER = "weekly-newsletter";
    static final int SUBSCRIBERS = 300;
    static final Instant MONDAY_W48 = Instant.parse("2026-11-23T06:00:00Z"); // 08:00 in Helsinki, when the cron fires

    @TempDir
    Path home;

    String databaseUrl;
    final List<String> eligible = new ArrayList<>();

    @Test
    void eachWeeksNewsletterReachesEverySubscriberOnce() throws Exception {
        databaseUrl = TestPostgres.freshDatabase("two_schedulers");
        try (ServeNode a = node("a"); ServeNode b = node("b")) {
            ready(a, b);
            shop(new JdbcTemplate(TestPostgres.server().getDatabase("postgres", "two_schedulers")));

            List<String> monday = rounds(MONDAY_W48, a, b);
            assertThat(monday).filteredOn(line -> line.startsWith("scheduled " + NEWSLETTER + "/2026-W48"))
                    .satisfiesOnlyOnce(line -> assertThat(line).endsWith(": DONE"))
                    .allSatisfy(line -> assertThat(line).matches(".*: (DONE|ALREADY_RUNNING|ALREADY_DONE)"));
            assertThat(rounds(Instant.parse("2026-11-25T10:00:00Z"), a, b)).noneMatch(line -> line.startsWith("scheduled"));
            assertThat(launches(NEWSLETTER, "2026-W48", Instant.parse("2026-11-25T10:01:00Z"), a, b))
                    .containsExactly("ALREADY_DONE", "ALREADY_DONE");
        }
        try (ServeNode a = node("a"); ServeNode b = node("b")) {
            ready(a, b);
            assertThat(rounds(Instant.parse("2026-11-26T12:00:00Z"), a, b)).noneMatch(line -> line.startsWith("scheduled"));

            List<String> nextMonday = rounds(MONDAY_W48.plus(java.time.Duration.ofDays(7)), a, b);
            assertThat(nextMonday).filteredOn(line -> line.startsWith("scheduled " + NEWSLETTER + "/2026-W49"))
                    .satisfiesOnlyOnce(line -> assertThat(line).endsWith(": DONE"));
            // a marketer on each node starts the week after by hand, at the same moment: the job
            // repository lets one through
            assertThat(launches(NEWSLETTER, "2026-W50", Instant.parse("2026-12-07T05:00:00Z"), a, b))
                    .containsOnlyOnce("DONE").allMatch(status -> List.of("DONE", "ALREADY_RUNNING", "ALREADY_DONE").contains(status));
            assertThat(rounds(MONDAY_W48.plus(java.time.Duration.ofDays(14)), a, b)).noneMatch(line -> line.startsWith("scheduled"));
        }

        for (String week : List.of("2026-W48", "2026-W49", "2026-W50")) {
            assertThat(recipients(week)).as("the newsletter of " + week + " at the SMTP server").containsExactlyInAnyOrderElementsOf(eligible);
        }
        JdbcTemplate jdbc = new JdbcTemplate(TestPostgres.server().getDatabase("postgres", "two_schedulers"));
        assertThat(jdbc.queryForList("SELECT run_key FROM campaign_run WHERE campaign = ?", String.class, NEWSLETTER))
                .containsExactlyInAnyOrder("2026-W48", "2026-W49", "2026-W50");
        assertThat(jdbc.queryForList("SELECT e.status FROM batch_job_execution e JOIN batch_job_execution_params p"
                + " ON p.job_execution_id = e.job_execution_id WHERE p.parameter_name = 'runKey'", String.class))
                .as("one job execution per week").containsExactly("COMPLETED", "COMPLETED", "COMPLETED");
    }

    /** A node with its own home (jobs, templates, out/) on the shared database and SMTP server; restarted, the same home. */
    private ServeNode node(String name) throws Exception {
        List<String> settings = new ArrayList<>(TestPostgres.settings(databaseUrl));
        settings.addAll(List.of("--kanta.home=" + ServeNode.newsletterHome(home.resolve(name)), "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP.getSmtp().getPort(), "--kanta.web.secret=the-same-link-secret-on-every-node-0123"));
        return ServeNode.start(settings.toArray(String[]::new));
    }

    private static void ready(ServeNode... nodes) {
        for (ServeNode node : nodes) {
            node.awaitReady();
        }
    }

    /** One round on every node at the same moment; what they did, all lines. */
    private static List<String> rounds(Instant at, ServeNode... nodes) {
        for (ServeNode node : nodes) {
            node.startRound(at);
        }
        List<String> happened = new ArrayList<>();
        for (ServeNode node : nodes) {
            happened.addAll(node.happened());
        }
        assertThat(happened).noneMatch(line -> line.contains("failed") || line.contains("could not"));
        return happened;
    }

    private static List<String> launches(String campaign, String runKey, Instant at, ServeNode... nodes) {
        for (ServeNode node : nodes) {
            node.startLaunch(campaign, runKey, at);
        }
        return java.util.Arrays.stream(nodes).map(ServeNode::launched).toList();
    }

    /**
     * Subscribers with a newsletter consent, one of them with a bounced address; customers who never
     * confirmed the newsletter and some who withdrew it. The eligible addresses are kept.
     */
    private void shop(JdbcTemplate jdbc) {
        TestShop shop = new TestShop(jdbc);
        for (int i = 1; i <= SUBSCRIBERS; i++) {
            String email = "s" + i + "@example.fi";
            shop.consent(shop.customer("S" + i, email), "newsletter", true);
            if (i == 7) {
                shop.suppressAddress(email, "BOUNCED", "2026-06-01T12:00");
            } else {
                eligible.add(email);
            }
        }
        for (int i = 1; i <= 20; i++) {
            long customer = shop.customer("N" + i, "n" + i + "@example.fi");
            shop.consent(customer, "email", true);
            if (i % 2 == 0) {
                shop.consent(customer, "newsletter", true, "2026-01-01T10:00", "web");
                shop.consent(customer, "newsletter", false, "2026-03-01T10:00", "unsubscribe-link");
            }
        }
    }

    /** The addresses the SMTP server got a week's newsletter for (one entry per message). */
    private static List<String> recipients(String runKey) throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getMessageID().startsWith("<" + runKey + ".")) {
                recipients.add(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress());
            }
        }
        return recipients;
    }
}
