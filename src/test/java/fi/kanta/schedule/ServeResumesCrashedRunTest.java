package fi.kanta.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestPostgres;
import fi.kanta.TestShop;
import fi.kanta.cli.Kanta;
import fi.kanta.delivery.FaultySmtpServer;
import fi.kanta.run.ResumedRunContract;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly newsletter launched by a {@code kanta serve} round (a child JVM, on PostgreSQL) is
 * killed with SIGKILL while sending. {@code kanta status} shows the run as stale, waiting for
 * serve; as if it had died on another machine, it shows it running until the lease is over, and
 * the next serve process's round resumes it by itself only after the lease. The run ends COMPLETED
 * with every subscriber's message sent once, as {@link ResumedRunContract} says.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServeResumesCrashedRunTest {

    static final int SUBSCRIBERS = 1_000;
    static final int CLAIM_BATCH = 50;
    static final int CONNECTIONS = 4;
    static final String RUN = "weekly-newsletter/2026-W48";
    static final Duration LEASE = Duration.ofMinutes(10);
    static final Instant MONDAY_0800 = Instant.parse("2026-11-23T06:00:00Z"); // Helsinki

    @TempDir
    Path home;

    @Test
    void aScheduledRunKilledWhileSendingIsResumedByServe(CapturedOutput output) throws Exception {
        List<String> settings = new ArrayList<>(TestPostgres.settings(TestPostgres.freshDatabase("serve_resumes")));
        JdbcTemplate db = new JdbcTemplate(TestPostgres.server().getDatabase("postgres", "serve_resumes"));
        try (FaultySmtpServer smtp = new FaultySmtpServer()) {
            settings.addAll(List.of("--kanta.home=" + ServeNode.newsletterHome(home), "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                    "--kanta.campaign.claim-batch=" + CLAIM_BATCH, "--kanta.delivery.connections=" + CONNECTIONS, "--kanta.campaign.lease=" + LEASE));
            // the server takes its time, so the kill lands mid-run
            smtp.onEndOfData(n -> FaultySmtpServer.okAfter(2));
            int killAt = 100 + new Random().nextInt(600);
            try (ServeNode serve = ServeNode.start(settings.toArray(String[]::new))) {
                serve.awaitReady();
                shop(db);
                serve.startRound(MONDAY_0800.plusSeconds(30));
                smtp.awaitAccepted(killAt, serve.jvm()::isAlive);
                assertThat(serve.jvm().isAlive()).as("serve was still sending when killed; its output: " + serve.jvm().transcript())
                        .isTrue();
                serve.jvm().kill();
            }
            int beforeResume = smtp.accepted().size();
            smtp.onEndOfData(n -> "250 2.0.0 Ok: queued");

            // this machine sees that the process is gone: stale at once
            assertThat(Kanta.run(statusCommand(settings))).isZero();
            assertThat(output.getOut()).containsPattern(RUN + " +process \\d+@")
                    .contains("STALE: its process is gone; kanta serve resumes it in its next round");
            // had it run on another machine, only its silence would tell: stale once the lease is over
            db.update("UPDATE batch_job_execution_params SET parameter_value = '4242@another-node' WHERE parameter_name = 'owner'");
            int printed = output.getOut().length();
            assertThat(Kanta.run(statusCommand(settings))).isZero();
            assertThat(output.getOut().substring(printed)).contains(RUN + "  process 4242@another-node")
                    .contains("running; should it stop, it is stale at the latest after");

            List<String> afterTheLease;
            try (ServeNode restarted = ServeNode.start(settings.toArray(String[]::new))) {
                restarted.awaitReady();
                restarted.startRound(MONDAY_0800.plus(Duration.ofMinutes(5)));
                assertThat(restarted.happened()).as("within the lease").noneMatch(line -> line.startsWith("resumed"));
                restarted.later(LEASE.plusMinutes(1));
                restarted.startRound(MONDAY_0800.plus(Duration.ofMinutes(6)));
                afterTheLease = restarted.happened();
            }

            long unconfirmed = db.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'UNCONFIRMED'", Long.class);
            // a run left with emails that may not have arrived ends UNCONFIRMED (FAILED for the job repository), not DONE
            String ended = unconfirmed > 0 ? "UNCONFIRMED" : "DONE";
            assertThat(afterTheLease).contains("resumed a stale run: " + RUN + " " + ended).noneMatch(line -> line.startsWith("scheduled"));
            List<String> received = smtp.acceptedMessageIds();
            assertThat(beforeResume).isLessThan(received.size());
            ResumedRunContract.holds(db, "weekly-newsletter", "2026-W48", received, CONNECTIONS);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM campaign_recipient", Long.class)).as("every subscriber selected, once")
                    .isEqualTo(SUBSCRIBERS);
            assertThat(db.queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class))
                    .as("the killed execution, then the resumed one").containsExactly("FAILED", unconfirmed > 0 ? "FAILED" : "COMPLETED");
        }
    }

    private static String[] statusCommand(List<String> settings) {
        List<String> command = new ArrayList<>(List.of("status"));
        command.addAll(settings);
        return command.toArray(String[]::new);
    }

    /** Newsletter subscribers, and customers who never confirmed it (never selected). */
    private static void shop(JdbcTemplate db) {
        TestShop shop = new TestShop(db);
        for (int i = 1; i <= SUBSCRIBERS; i++) {
            shop.consent(shop.customer("S" + i, "s" + i + "@example.fi"), "newsletter", true);
        }
        for (int i = 1; i <= 50; i++) {
            shop.consent(shop.customer("E" + i, "e" + i + "@example.fi"), "email", true);
        }
    }
}
