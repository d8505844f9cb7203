package fi.kanta.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a real SMTP server (GreenMail, in-process) receives from SmtpMailer. */
class SmtpMailerGreenMailTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String HOSTILE_NAME = "<script>alert(1)</script> ${customer.email} Åsa Öberg-Σωκράτης";
    private static final String SUBJECT = "Ikävä kuulla, Åsa — 20 € alennus 🎁 \"vain\" sinulle";

    private List<MimeMessage> send(List<OutgoingEmail> emails) throws Exception {
        try (SmtpMailer mailer = new SmtpMailer(SmtpServer.at("127.0.0.1", GREEN_MAIL.getSmtp().getPort()),
                new EmailComposer(Emails.CLOCK), Emails.settings(2, 0), RateLimiter.unlimited(), new RecordingSleeper())) {
            assertThat(mailer.send(emails)).extracting(DeliveryOutcome::status).containsOnly(DeliveryStatus.SENT);
        }
        return Arrays.asList(GREEN_MAIL.getReceivedMessages());
    }

    private static OutgoingEmail winBack() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("X-Kanta-Campaign", "win-back 2026-W48 — syksy");
        return new OutgoingEmail(new Mailbox("news@kanta-shop.fi", "Kanta Kauppa, Äänekoski"),
                new Mailbox("asa@example.fi", HOSTILE_NAME), SUBJECT, "<p>Hei Åsa &lt;3</p>", "Hei Åsa <3",
                "<2026-W48.c-42.win-back@kanta.test>", URI.create("https://kanta-shop.fi/unsubscribe/tok.EN-42_x"),
                extra);
    }

    @Test
    void theMessageIsMultipartAlternativeWithTextFirstAndHtmlLastInUtf8() throws Exception {
        MimeMessage received = send(List.of(winBack())).get(0);

        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Hei Åsa <3");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("UTF-8");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Hei Åsa &lt;3</p>");
    }

    @Test
    void namesAndSubjectArriveAsWrittenEncodedAsUtf8WordsInPlainAsciiHeaders() throws Exception {
        MimeMessage received = send(List.of(winBack())).get(0);

        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        InternetAddress to = (InternetAddress) received.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("asa@example.fi");
        assertThat(to.getPersonal()).isEqualTo(HOSTILE_NAME);
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Kanta Kauppa, Äänekoski");
        assertThat(received.getHeader("X-Kanta-Campaign", null)).startsWith("=?UTF-8?");
        String headers = headers(received);
        assertThat(headers.chars().allMatch(c -> c < 128)).as("raw headers are 7-bit:\n" + headers).isTrue();
        assertThat(headers).containsIgnoringCase("Subject: =?UTF-8?").doesNotContain("<script>");
    }

    @Test
    void theMessageIdAndTheOneClickUnsubscribeHeadersAreThere() throws Exception {
        MimeMessage received = send(List.of(winBack())).get(0);

        assertThat(received.getMessageID()).isEqualTo("<2026-W48.c-42.win-back@kanta.test>");
        assertThat(received.getHeader("List-Unsubscribe"))
                .containsExactly("<https://kanta-shop.fi/unsubscribe/tok.EN-42_x>");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getSentDate().toInstant()).isEqualTo(Emails.CLOCK.instant());
    }

    @Test
    void everyRecipientGetsItsOwnMessageId() throws Exception {
        List<MimeMessage> received = send(Emails.many(20));

        assertThat(received).hasSize(20);
        assertThat(received.stream().map(SmtpMailerGreenMailTest::messageId))
                .containsExactlyInAnyOrderElementsOf(Emails.many(20).stream().map(OutgoingEmail::messageId).toList());
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String headers(MimeMessage message) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        String whole = raw.toString(StandardCharsets.ISO_8859_1);
        return whole.substring(0, whole.indexOf("\r\n\r\n"));
    }
}
