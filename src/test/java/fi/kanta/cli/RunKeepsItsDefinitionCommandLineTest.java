package fi.kanta.cli;

import fi.kanta.CommandLines;
import static fi.kanta.CommandLines.count;
import static fi.kanta.CommandLines.query;
import static fi.kanta.CommandLines.run;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestCampaigns;
import fi.kanta.campaign.CampaignDefinition;
import fi.kanta.delivery.FaultySmtpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run keeps its definition, through the real command line on the HSQLDB file database: editing
 * {@code jobs/win-back.yml} and {@code jobs/segments.yml} between the selection and the resume
 * changes nothing of the run, and its report shows the definition that ran; a template fixed
 * before the first send is what the resume sends; a template changed after the first send makes
 * the resume refuse, until {@code --accept-changes}, which the run records.
 */
class RunKeepsItsDefinitionCommandLineTest {

    static final String DEFINITION = """
            # the win-back campaign as it is launched
            name: win-back
            kind: win-back
            period: weekly
            segment: everyone
            holdout: 0.2
            channels:
              - { type: email, template: win-back }
              - { type: letter, template: win-back }
            offer: { code-prefix: WB, discount: "20 %", valid-days: 30 }
            """;
    static final String SEGMENTS = """
            everyone:
              description: every customer
              all: []

            nobody:
              none: []
            """;

    @TempDir
    Path home;

    FaultySmtpServer smtp;

    @BeforeEach
    void shop() throws Exception {
        CommandLines.home(home);
        smtp = new FaultySmtpServer();
        StringBuilder customers = new StringBuilder("customer_id,first_name,last_name,email,street,postal_code,city,country\n");
        StringBuilder consents = new StringBuilder("customer_id,channel,granted,given_at\n");
        for (int i = 0; i < 30; i++) {
            customers.append("K").append(i).append(",Asiakas,Numero ").append(i).append(",k").append(i).append("@example.fi,Katu ")
                    .append(i).append(",00100,Helsinki,FI\n");
            // every other customer takes email; the others get a letter
            consents.append("K").append(i).append(",email,").append(i % 2 == 0 ? "yes" : "no").append(",2026-01-01 10:00\n");
        }
        Files.writeString(home.resolve("customers.csv"), customers);
        Files.writeString(home.resolve("consents.csv"), consents);
        TestCampaigns.define(home, "win-back", DEFINITION);
        Files.writeString(home.resolve("jobs/segments.yml"), SEGMENTS);
        run(ExitCode.DONE, "import", "customers", home.resolve("customers.csv").toString(), "--kanta.home=" + home);
        run(ExitCode.DONE, "import", "consents", home.resolve("consents.csv").toString(), "--kanta.home=" + home);
        smtp.onMail(n -> "250 2.1.0 Ok").onRcpt(address -> "250 2.1.5 Ok");
    }

    @AfterEach
    void stop() throws Exception {
        smtp.close();
    }

    @Test
    void editingTheDefinitionBetweenSelectionAndResumeChangesNothingOfTheRun() throws Exception {
        run(ExitCode.DONE, kanta("run", "win-back", "--select-only", "--run-key", "k1"));
        long holdout = count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'HOLDOUT'");
        long emails = targets("email");
        long letters = targets("letter");
        assertThat(emails).isPositive();
        assertThat(letters).isPositive();

        // every part of the definition edited: holdout, segment (its name and its text), channels, offer
        Files.writeString(home.resolve("jobs/win-back.yml"), """
                name: win-back
                kind: win-back
                period: weekly
                segment: nobody
                holdout: 0.9
                channels:
                  - { type: email, template: no-such-templates }
                offer: { code-prefix: ZZ, discount: "90 %", valid-days: 1 }
                """);
        Files.writeString(home.resolve("jobs/segments.yml"), SEGMENTS.replace("all: []", "none: []"));

        String resumed = run(ExitCode.DONE, kanta("resume", "win-back/k1"));

        assertThat(resumed).contains("win-back/k1: done");
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'HOLDOUT'")).isEqualTo(holdout);
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE recipient_group = 'TARGET'"
                + " AND status NOT IN ('SENT', 'PRINTED')"))
                .isZero();
        assertThat(smtp.accepted()).hasSize((int) emails);
        LocalDate selected = ((java.sql.Timestamp) query(home, "SELECT selected_at FROM campaign_run")).toLocalDateTime().toLocalDate();
        String validUntil = selected.plusDays(30).format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        smtp.accepted().forEach(message -> assertThat(decoded(message)).contains(validUntil).contains("WB-"));
        assertThat(Files.readAllLines(home.resolve("out/win-back/k1/letters/addresses.csv"))).hasSize((int) letters + 1);
        assertThat(query(home, "SELECT definition_sha256 FROM campaign_run_definition WHERE campaign = 'win-back' AND run_key = 'k1'"))
                .isEqualTo(CampaignDefinition.sha256(DEFINITION));
        assertThat(query(home, "SELECT segment_text FROM campaign_run_definition")).isEqualTo(
                "everyone:\n  description: every customer\n  all: []\n");

        String report = run(ExitCode.DONE, kanta("report", "win-back/k1"));
        assertThat(report).contains("Definition that ran:")
                .contains("jobs/win-back.yml sha256 " + CampaignDefinition.sha256(DEFINITION))
                .contains("jobs/win-back.yml differs now")
                .contains("segment: everyone, as jobs/segments.yml had it at the launch")
                .contains("--- jobs/win-back.yml as it ran ---\n" + DEFINITION)
                .containsPattern("templates: \\d+ files kept at the first send");
        assertThat(report).containsPattern("= target \\(email\\) +" + emails + "\\s");

        Files.writeString(home.resolve("jobs/win-back.yml"), DEFINITION);
        assertThat(run(ExitCode.DONE, kanta("report", "win-back/k1"))).contains("jobs/win-back.yml is the same now")
                .doesNotContain("as it ran ---");
    }

    @Test
    void aTemplateFixedBeforeTheFirstSendIsWhatTheResumeSends() throws Exception {
        Path text = home.resolve("templates/win-back/email.txt");
        String shipped = Files.readString(text);
        Files.writeString(text, "[(${customer.nickname})]\n" + shipped);

        String failed = run(ExitCode.FAILED, kanta("run", "win-back", "--run-key", "k2", "--yes"));

        assertThat(failed).contains("win-back/email.txt").contains("nickname");
        assertThat(smtp.accepted()).isEmpty();
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_run_template")).as("nothing sent, nothing kept").isZero();

        Files.writeString(text, "Fixed before the first send\n" + shipped);
        run(ExitCode.DONE, kanta("resume", "win-back/k2"));

        assertThat(smtp.accepted()).hasSize((int) targets("email"))
                .allSatisfy(message -> assertThat(decoded(message)).contains("Fixed before the first send"));
        assertThat(query(home, "SELECT content FROM campaign_run_template WHERE path = 'win-back/email.txt'"))
                .isEqualTo(Files.readString(text));
    }

    @Test
    void aTemplateChangedAfterTheFirstSendMakesResumeRefuseUnlessTheChangesAreAccepted() throws Exception {
        // one customer's server says "later": the run sends the rest and fails, to be resumed
        smtp.onRcpt(address -> address.contains("k0@") ? "451 4.3.0 Try again later" : "250 2.1.5 Ok");
        run(ExitCode.FAILED, kanta("run", "win-back", "--run-key", "k3", "--yes", "--kanta.delivery.retries=0"));
        long sent = smtp.accepted().size();
        assertThat(sent).isEqualTo(targets("email") - 1);
        Path text = home.resolve("templates/win-back/email.txt");
        String kept = Files.readString(text);
        assertThat(query(home, "SELECT content FROM campaign_run_template WHERE path = 'win-back/email.txt'")).isEqualTo(kept);
        smtp.onRcpt(address -> "250 2.1.5 Ok");
        Files.writeString(text, "Changed after the first send\n" + kept);

        String refused = run(ExitCode.FAILED, kanta("resume", "win-back/k3"));

        assertThat(refused).contains("templates/win-back/email.txt").contains("changed since")
                .contains("kanta resume win-back/k3 --accept-changes");
        assertThat(smtp.accepted()).hasSize((int) sent);
        assertThat(run(ExitCode.FAILED, kanta("run", "win-back", "--run-key", "k3", "--yes")))
                .as("a restart by run again refuses too").contains("--accept-changes");
        assertThat(smtp.accepted()).hasSize((int) sent);

        String accepted = run(ExitCode.DONE, kanta("resume", "win-back/k3", "--accept-changes"));

        assertThat(accepted).contains("going on with the changed templates/win-back/email.txt").contains("win-back/k3: done");
        List<String> messages = smtp.accepted();
        assertThat(messages).hasSize((int) sent + 1);
        assertThat(decoded(messages.get(messages.size() - 1))).contains("Changed after the first send");
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_run_template_change WHERE path = 'win-back/email.txt'"
                + " AND old_sha256 IS NOT NULL AND new_sha256 IS NOT NULL")).isEqualTo(1);
        assertThat(query(home, "SELECT content FROM campaign_run_template WHERE path = 'win-back/email.txt'"))
                .isEqualTo(Files.readString(text));
        assertThat(run(ExitCode.DONE, kanta("report", "win-back/k3")))
                .contains("templates/win-back/email.txt changed, accepted");
    }

    private long targets(String channel) throws Exception {
        return count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE recipient_group = 'TARGET' AND channel = '" + channel + "'");
    }

    private String[] kanta(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--kanta.home=" + home);
        all.add("--spring.mail.host=127.0.0.1");
        all.add("--spring.mail.port=" + smtp.port());
        return all.toArray(String[]::new);
    }

    /** The message with its transfer encodings undone, enough to search its text. */
    private static String decoded(String message) {
        try {
            var mime = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            var parts = (jakarta.mail.internet.MimeMultipart) mime.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append('\n').append(parts.getBodyPart(i).getContent());
            }
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
