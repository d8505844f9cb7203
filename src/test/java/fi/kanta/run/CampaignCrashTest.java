package fi.kanta.run;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.ChildJvm;
import fi.kanta.KantaApplication;
import fi.kanta.TestCampaigns;
import fi.kanta.cli.ExitCode;
import fi.kanta.cli.Kanta;
import fi.kanta.delivery.FaultySmtpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A child JVM sending a 5,000-email run is killed with SIGKILL at a random moment, then
 * {@code kanta resume} finishes the run as {@link ResumedRunContract} says: no message reaches the
 * server twice, every message it got belongs to a SENT or UNCONFIRMED row, every row ends SENT or
 * UNCONFIRMED, and UNCONFIRMED is at most one email per connection.
 */
class CampaignCrashTest {

    private static final int CUSTOMERS = 5_000;
    private static final int CLAIM_BATCH = 50;
    private static final int CONNECTIONS = 4;

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    @Test
    void aRunKilledWhileSendingIsResumedWithoutDuplicates() throws Exception {
        shop();
        try (FaultySmtpServer smtp = new FaultySmtpServer()) {
            String[] settings = {"--kanta.home=" + home, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--kanta.campaign.claim-batch=" + CLAIM_BATCH, "--kanta.delivery.connections=" + CONNECTIONS};
            // the server takes its time, so the kill lands mid-run
            smtp.onEndOfData(n -> FaultySmtpServer.okAfter(2));
            int killAt = 300 + new Random().nextInt(3000);
            try (ChildJvm child = ChildJvm.start(KantaApplication.class, "run", "crash", "--run-key", "k1", "--yes", settings[0], settings[1],
                    settings[2], settings[3], settings[4])) {
                smtp.awaitAccepted(killAt, child::isAlive);
                assertThat(child.isAlive()).as("the child was still sending when killed; its output: " + child.transcript()).isTrue();
                child.kill();
            }
            int beforeResume = smtp.accepted().size();
            smtp.onEndOfData(n -> "250 2.0.0 Ok: queued");

            int exit = Kanta.run("resume", settings[0], settings[1], settings[2], settings[3], settings[4]);

            long unconfirmed = count("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'UNCONFIRMED'");
            assertThat(exit).as(() -> "a resumed run with UNCONFIRMED emails exits 3, else 0; out/kanta.log:\n" + log())
                    .isEqualTo(unconfirmed > 0 ? ExitCode.UNCONFIRMED : ExitCode.DONE);
            List<String> received = smtp.acceptedMessageIds();
            assertThat(received.size()).isGreaterThan(beforeResume);
            SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:hsqldb:file:" + home.resolve("data/kanta") + ";shutdown=true",
                    "SA", fi.kanta.CommandLines.password(home), true);
            try {
                ResumedRunContract.holds(new JdbcTemplate(db), "crash", "k1", received, CONNECTIONS);
            } finally {
                db.destroy();
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
        TestCampaigns.define(home, "crash", """
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

    private long count(String sql) throws Exception {
        return fi.kanta.CommandLines.count(home, sql);
    }

    private String log() {
        try {
            return Files.readString(home.resolve("out/kanta.log"));
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
