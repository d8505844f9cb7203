package fi.kanta.cli;

import static fi.kanta.CommandLines.count;
import static fi.kanta.CommandLines.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.kanta.CommandLines;
import fi.kanta.TestCampaigns;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kanta run CAMPAIGN --test-to ADDRESS}: the real messages of a few sample recipients, to the
 * marketer's own address only, leaving no trace of a run behind.
 */
class TestSendCommandLineTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String ME = "marketta@puoti.fi";

    @TempDir
    Path home;

    @Test
    void theSamplesRealEmailsGoToTheListedAddressMarkedAsTestsAndNoRunIsMade() throws Exception {
        shop();

        String sent = run(ExitCode.DONE, kanta("run", "spring", "--test-to", ME, "--sample", "2"));

        assertThat(sent).contains("spring: a test send to " + ME + " (no run was made").contains("2 of 2 test email(s) sent to SMTP");
        List<MimeMessage> received = Arrays.asList(SMTP.getReceivedMessages());
        assertThat(received).hasSize(2);
        for (MimeMessage message : received) {
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(ME);
            assertThat(message.getSubject()).startsWith("[TEST] ");
            assertThat(message.getMessageID()).startsWith("<test-");
            assertThat(message.getHeader("X-Kanta-Test")[0]).startsWith("a test of customer S");
        }
        assertThat(received.get(0).getMessageID()).isNotEqualTo(received.get(1).getMessageID());
        // nothing of a run: no job instance, no run, no outbox row, so nothing counts toward the frequency cap
        assertThat(count(home, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'campaignJob'")).isZero();
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_run")).isZero();
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_recipient")).isZero();
    }

    @Test
    void anAddressNotListedIsRefusedAndNothingIsSent() throws Exception {
        shop();

        String refused = run(ExitCode.FAILED, kanta("run", "spring", "--test-to", "someone@else.fi"));

        assertThat(refused).contains("someone@else.fi is not listed in kanta.sending.test-addresses (" + home.resolve("kanta.properties"));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void theSamplesLettersArePrintedIntoOnePdf() throws Exception {
        shop();
        TestCampaigns.define(home, "autumn", """
                name: autumn
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0.25
                channels:
                  - { type: letter, template: win-back }
                offer: { code-prefix: AU, discount: "10 %", valid-days: 14 }
                """);

        String sent = run(ExitCode.DONE, kanta("run", "autumn", "--test-to", ME));

        Matcher letters = Pattern.compile("Test letters: (\\S+\\.pdf)").matcher(sent);
        assertThat(letters.find()).as(sent).isTrue();
        Path pdf = Path.of(letters.group(1));
        assertThat(pdf).startsWith(home.resolve("out/autumn/test")).isRegularFile();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_run")).isZero();
    }

    private void shop() throws Exception {
        CommandLines.home(home);
        StringBuilder customers = new StringBuilder("customer_id,first_name,last_name,email,street,postal_code,city,country\n");
        StringBuilder consents = new StringBuilder("customer_id,channel,granted,given_at\n");
        for (int i = 1; i <= 6; i++) {
            customers.append("S").append(i).append(",Asiakas,Numero ").append(i).append(",s").append(i).append("@example.fi,Katu ")
                    .append(i).append(",00100,Helsinki,FI\n");
            consents.append("S").append(i).append(",email,yes,2026-01-01 10:00\n");
        }
        Files.writeString(home.resolve("customers.csv"), customers);
        Files.writeString(home.resolve("consents.csv"), consents);
        run(ExitCode.DONE, "import", "customers", home.resolve("customers.csv").toString(), "--kanta.home=" + home);
        run(ExitCode.DONE, "import", "consents", home.resolve("consents.csv").toString(), "--kanta.home=" + home);
        TestCampaigns.define(home, "spring", TestCampaigns.SPRING);
    }

    private String[] kanta(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--kanta.home=" + home, "--kanta.sending.test-addresses=" + ME, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP.getSmtp().getPort()));
        return all.toArray(String[]::new);
    }
}
