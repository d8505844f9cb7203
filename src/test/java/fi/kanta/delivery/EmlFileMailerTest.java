package fi.kanta.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded channel: one whole .eml file per email, named after its Message-ID. */
class EmlFileMailerTest {

    @TempDir
    Path out;

    @Test
    void eachEmailBecomesAnEmlFileNamedAfterItsMessageIdThatReadsBackAsTheMessage() throws Exception {
        Path folder = out.resolve("win-back/2026-W48");
        EmlFileMailer mailer = new EmlFileMailer(folder, new EmailComposer(Emails.CLOCK));

        List<DeliveryOutcome> outcomes = mailer.send(Emails.many(3));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(DeliveryStatus.SENT);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "2026-W48.1.win-back@kanta.test.eml", "2026-W48.2.win-back@kanta.test.eml",
                    "2026-W48.3.win-back@kanta.test.eml");
        }
        try (InputStream in = Files.newInputStream(mailer.fileOf(Emails.messageId(2)))) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getMessageID()).isEqualTo(Emails.messageId(2));
            assertThat(read.getSubject()).isEqualTo("Tervetuloa takaisin, Customer 2");
            assertThat(((MimeMultipart) read.getContent()).getCount()).isEqualTo(2);
            assertThat(read.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        }
    }

    @Test
    void sendingTheSameMessageIdAgainReplacesItsFileAndLeavesNoTemporaryFiles() throws Exception {
        EmlFileMailer mailer = new EmlFileMailer(out, new EmailComposer(Emails.CLOCK));
        mailer.send(Emails.many(2));
        mailer.send(Emails.many(2));

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f.toString()).endsWith(".eml"));
        }
    }

    @Test
    void messageIdsWithPathCharactersBecomeSafeDistinctFileNamesInTheFolder() throws Exception {
        EmlFileMailer mailer = new EmlFileMailer(out, new EmailComposer(Emails.CLOCK));
        OutgoingEmail sneaky = Emails.to("a@example.fi", "A", "<../../etc/passwd@kanta.test>");
        OutgoingEmail similar = Emails.to("b@example.fi", "B", "<.._.._etc_passwd@kanta.test>");

        assertThat(mailer.send(List.of(sneaky, similar))).extracting(DeliveryOutcome::status)
                .containsOnly(DeliveryStatus.SENT);

        Path file = mailer.fileOf(sneaky.messageId());
        assertThat(file.getParent()).isEqualTo(out);
        assertThat(file.getFileName().toString()).doesNotContain("/").doesNotStartWith(".");
        assertThat(mailer.fileOf(similar.messageId())).isNotEqualTo(file);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenGivesRetryableOutcomes() throws Exception {
        Path notAFolder = Files.writeString(out.resolve("file"), "x");
        EmlFileMailer mailer = new EmlFileMailer(notAFolder.resolve("emails"), new EmailComposer(Emails.CLOCK));

        DeliveryOutcome outcome = mailer.send(List.of(new OutgoingEmail(Mailbox.of("news@kanta-shop.fi"),
                Mailbox.of("a@example.fi"), "s", "h", "t", "<a@b>", URI.create("https://x.fi/u")))).get(0);

        assertThat(outcome.status()).isEqualTo(DeliveryStatus.FAILED_RETRYABLE);
        assertThat(outcome.reply()).contains("could not write");
    }
}
