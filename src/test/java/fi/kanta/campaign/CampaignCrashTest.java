package fi.kanta.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaApplication;
import fi.kanta.cli.Kanta;
import fi.kanta.delivery.FaultySmtpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A child JVM sending a 5,000-email run is killed with SIGKILL at a random moment, then
 * {@code kanta resume} finishes the run: no message reaches the server twice, every message it got
 * belongs to a SENT or UNCONFIRMED row, every row ends SENT or UNCONFIRMED, and UNCONFIRMED is
 * at most one claim batch.
 */
class CampaignCrashTest {

    private static final int CUSTOMERS = 5_000;
    private static final int CLAIM_BATCH = 50;

    @TempDir
    Path home;

    @Test
    void aRunKilledWhileSendingIsResumedWithoutDuplicates() throws Exception {
        shop();
        try (FaultySmtpServer smtp = new FaultySmtpServer()) {
            String[] settings = {"--kanta.home=" + home, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--kanta.campaign.claim-batch=" + CLAIM_BATCH};
            // the server takes its time, so the kill lands mid-run
            smtp.onEndOfData(n -> pause(2));
            int killAt = 300 + new Random().nextInt(3000);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KantaApplication.class.getName(), "run", "crash", "--run-key", "k1",
                    settings[0], settings[1], settings[2], settings[3])
                    .redirectErrorStream(true).redirectOutput(home.resolve("child.log").toFile()).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (smtp.accepted().size() < killAt && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertThat(child.isAlive()).as("the child was still sending when killed; its log: " + log()).isTrue();
                child.destroyForcibly(); // SIGKILL
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            int beforeResume = smtp.accepted().size();
            smtp.onEndOfData(n -> "250 2.0.0 Ok: queued");

            int exit = Kanta.run("resume", settings[0], settings[1], settings[2], settings[3]);

            assertThat(exit).as(log()).isZero();
            List<String> received = smtp.acceptedMessageIds();
            assertThat(received.size()).isGreaterThan(beforeResume);
            assertThat(new HashSet<>(received)).as("no message reached the server twice").hasSize(received.size());
            try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + home.resolve("data/kanta") + ";shutdown=true",
                    "SA", "")) {
                Set<String> sentOrUnconfirmed = ids(db, "status IN ('SENT', 'UNCONFIRMED')");
                assertThat(sentOrUnconfirmed).containsAll(received);
                assertThat(received).containsAll(ids(db, "status = 'SENT'"));
                assertThat(ids(db, "recipient_group = 'TARGET' AND status NOT IN ('SENT', 'UNCONFIRMED')")).isEmpty();
                assertThat(ids(db, "status = 'UNCONFIRMED'")).hasSizeLessThanOrEqualTo(CLAIM_BATCH);
            }
        }
    }

    private void shop() throws Exception {
        StringBuilder customers = new StringBuilder("customer_id,first_name,last_name,email\n");
        StringBuilder consents = new StringBuilder("customer_id,channel,granted,given_at\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.append("K").append(i).append(",Asiakas,Numero ").append(i).append(",k").append(i).append("@example.fi\n");
            consents.append("K").append(i).append(",email,yes,2026-01-01 10:00\n");
        }
        Files.writeString(home.resolve("customers.csv"), customers);
        Files.writeString(home.resolve("consents.csv"), consents);
        assertThat(Kanta.run("import", "customers", home.resolve("customers.csv").toString(), "--kanta.home=" + home)).isZero();
        assertThat(Kanta.run("import", "consents", home.resolve("consents.csv").toString(), "--kanta.home=" + home)).isZero();
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/crash.yml"), """
                name: crash
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0.1
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: CR, discount: "10 %", valid-days: 14 }
                """);
    }

    private static Set<String> ids(Connection db, String condition) throws Exception {
        Set<String> ids = new HashSet<>();
        try (var rows = db.createStatement().executeQuery("SELECT customer_id FROM campaign_recipient WHERE " + condition)) {
            while (rows.next()) {
                ids.add("<k1." + rows.getLong(1) + ".crash@kanta-demo.example>");
            }
        }
        return ids;
    }

    private String log() {
        try {
            return Files.readString(home.resolve("child.log"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    private static String pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "250 2.0.0 Ok: queued";
    }
}
