package fi.kanta.cli;

import static fi.kanta.CommandLines.count;
import static fi.kanta.CommandLines.query;
import static fi.kanta.CommandLines.run;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.delivery.FaultySmtpServer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly newsletter through the real command line against a relay that refuses every
 * recipient ({@code 554 5.7.1 Relay access denied}, as Postfix's smtp-sink -f RCPT answers): the run
 * stops with the reply on screen and a failed exit, suppresses no one, and a resume once the relay
 * is mended sends each subscriber one newsletter. Suppressions an earlier version wrote for such a
 * run are lifted with {@code kanta suppressions lift}.
 */
class RelayRefusalCommandLineTest {

    /** Either rule may stop a run of this size first: 50 in a row, or more than a fifth of its emails. */
    static final String STOPPED = "stopped sending: [0-9,]+ (emails in a row|of the first [0-9,]+ emails) were refused";

    @TempDir
    Path home;

    FaultySmtpServer relay;

    @BeforeEach
    void demoShop() throws Exception {
        relay = new FaultySmtpServer();
        run(0, "demo", "--customers", "400", "--kanta.home=" + home);
    }

    @AfterEach
    void stop() throws Exception {
        relay.close();
    }

    @Test
    void aRelayRefusingEveryRecipientStopsTheRunSuppressingNoOneAndAResumeSendsOnce() throws Exception {
        long suppressionsBefore = count(home, "SELECT COUNT(*) FROM suppression");
        relay.onRcpt(address -> "554 5.7.1 <" + address + ">: Relay access denied");

        String stopped = run(ExitCode.FAILED, newsletter("run", "weekly-newsletter", "--yes"));

        assertThat(stopped).containsPattern(STOPPED).contains("554 5.7.1 <…>: Relay access denied")
                .contains("Nothing was suppressed").doesNotContain(": done");
        assertThat(count(home, "SELECT COUNT(*) FROM suppression")).isEqualTo(suppressionsBefore);
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'BOUNCED'")).isZero();
        assertThat(relay.accepted()).isEmpty();

        String run = "weekly-newsletter/" + query(home, "SELECT run_key FROM campaign_run WHERE campaign = 'weekly-newsletter'");
        long failed = count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'FAILED'");
        assertThat(run(ExitCode.DONE, "report", run, "--kanta.home=" + home)).containsPattern(
                "the server's answers to what did not go:\\s+554 5\\.7\\.1 <…>: Relay access denied +" + failed + "\\s");

        relay.onRcpt(address -> "250 2.1.5 Ok");
        run(ExitCode.DONE, newsletter("resume", run));

        long subscribers = count(home, "SELECT COUNT(*) FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id"
                + " WHERE u.campaign = 'weekly-newsletter'");
        assertThat(subscribers).isGreaterThan(50);
        assertThat(relay.acceptedMessageIds()).hasSize((int) subscribers).doesNotHaveDuplicates();
        assertThat(count(home, "SELECT COUNT(*) FROM suppression")).isEqualTo(suppressionsBefore);
    }

    @Test
    void suppressionsARunWroteByMistakeAreLiftedAndKeptWithTheReason() throws Exception {
        run(ExitCode.DONE, newsletter("run", "weekly-newsletter", "--yes"));
        String run = "weekly-newsletter/" + query(home, "SELECT run_key FROM campaign_run WHERE campaign = 'weekly-newsletter'");
        long suppressionsBefore = count(home, "SELECT COUNT(*) FROM suppression");
        long sent = count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'SENT' AND run_id ="
                + " (SELECT id FROM campaign_run WHERE campaign = 'weekly-newsletter')");
        damageAsEarlierVersionsDid();

        String lifted = run(ExitCode.DONE, "suppressions", "lift", "--run", run, "--reason", "relay misconfigured",
                "--kanta.home=" + home);

        assertThat(lifted).contains(String.format("Lifted %,d suppression", sent)).contains("written by run " + run);
        assertThat(count(home, "SELECT COUNT(*) FROM suppression")).isEqualTo(suppressionsBefore);
        assertThat(count(home, "SELECT COUNT(*) FROM suppression_lifted WHERE lift_reason = 'relay misconfigured'"
                + " AND source = 'smtp 554'")).isEqualTo(sent);
        run(ExitCode.FAILED, "suppressions", "lift", "--run", "weekly-newsletter/no-such-run", "--reason", "x",
                "--kanta.home=" + home);
    }

    @Test
    void emailsThatCannotBeMadeForASettingStopTheRunAndSuppressNoOne() throws Exception {
        long suppressionsBefore = count(home, "SELECT COUNT(*) FROM suppression");

        String stopped = run(ExitCode.FAILED, "run", "weekly-newsletter", "--yes", "--kanta.home=" + home,
                "--kanta.web.public-url=http://shop.example");

        assertThat(stopped).containsPattern(STOPPED).contains("List-Unsubscribe must be an https address")
                .contains("Nothing was suppressed");
        assertThat(count(home, "SELECT COUNT(*) FROM suppression")).isEqualTo(suppressionsBefore);
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'BOUNCED'")).isZero();
    }

    /** What a run against a relay refusing everything left before refusals were told apart. */
    private void damageAsEarlierVersionsDid() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true", "SA", fi.kanta.CommandLines.password(home));
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE campaign_recipient SET status = 'BOUNCED', detail = '554 5.7.1 Relay access denied'"
                    + " WHERE status = 'SENT' AND run_id = (SELECT id FROM campaign_run WHERE campaign = 'weekly-newsletter')");
            statement.executeUpdate("INSERT INTO suppression (email_key, customer_id, reason, suppressed_at, source)"
                    + " SELECT c.email_key, NULL, 'BOUNCED', r.status_at, 'smtp 554' FROM campaign_recipient r"
                    + " JOIN customer c ON c.id = r.customer_id WHERE r.status = 'BOUNCED'");
        }
    }

    private String[] newsletter(String... command) {
        return Stream.concat(Arrays.stream(command), Stream.of("--kanta.home=" + home,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + relay.port(), "--kanta.delivery.retries=0")).toArray(String[]::new);
    }
}
