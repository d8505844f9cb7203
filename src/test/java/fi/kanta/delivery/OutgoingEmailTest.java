package fi.kanta.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An OutgoingEmail that exists cannot put a header or a body of its own into the message. */
class OutgoingEmailTest {

    private static final Mailbox SHOP = new Mailbox("news@kanta-shop.fi", "Kanta Shop");
    private static final URI UNSUBSCRIBE = URI.create("https://kanta-shop.fi/u/abc");

    private static OutgoingEmail email(Mailbox to, String subject, Map<String, String> extra) {
        return new OutgoingEmail(SHOP, to, subject, "<p>x</p>", "x", "<r.1.c@kanta.test>", UNSUBSCRIBE, extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Matti\r\nBcc: everyone@example.fi", "Matti\nBcc: x@example.fi", "Matti\rX", "Matti\0",
            "Matti\tVirtanen", "Matti\u0085", "Matti\u2028Bcc: x@example.fi", "Matti\u001b[31m"})
    void namesWithLineBreaksOrControlCharactersAreRefused(String name) {
        assertThatThrownBy(() -> new Mailbox("matti@example.fi", name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello\r\nBcc: everyone@example.fi", "Hello\n\n<html>body</html>", "Hello\0"})
    void subjectsWithLineBreaksOrNulAreRefused(String subject) {
        assertThatThrownBy(() -> email(Mailbox.of("a@example.fi"), subject, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@example.fi\r\nBcc: b@example.fi", "a@example.fi, b@example.fi", "Matti <a@example.fi>",
            "a b@example.fi", "no-at-sign", "ä@example.fi", "a@example.fi\0"})
    void addressesThatAreNotOnePlainAddressAreRefused(String address) {
        assertThatThrownBy(() -> Mailbox.of(address)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extraHeadersWithLineBreaksOrKantasOwnNamesAreRefused() {
        Mailbox to = Mailbox.of("a@example.fi");
        assertThatThrownBy(() -> email(to, "s", Map.of("X-Campaign", "a\r\nBcc: b@example.fi")))
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> email(to, "s", Map.of("X-Campaign\r\nBcc", "b@example.fi")))
                .hasMessageContaining("header name");
        assertThatThrownBy(() -> email(to, "s", Map.of("X-Campaign: a\r\nBcc", "b")))
                .hasMessageContaining("header name");
        for (String own : new String[] {"Bcc", "subject", "Message-ID", "List-Unsubscribe-Post", "Content-Type",
                "DKIM-Signature", "Resent-To"}) {
            assertThatThrownBy(() -> email(to, "s", Map.of(own, "x"))).as(own).hasMessageContaining("written by Kanta");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"r.1.c@kanta.test", "<r 1@kanta.test>", "<r.1@kanta.test>\r\nBcc: b@example.fi",
            "<r.1@kanta.test><x@y>", "<@kanta.test>"})
    void messageIdsThatAreNotOneAngleBracketedIdAreRefused(String messageId) {
        assertThatThrownBy(() -> new OutgoingEmail(SHOP, Mailbox.of("a@example.fi"), "s", "h", "t", messageId,
                UNSUBSCRIBE)).hasMessageContaining("Message-ID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://kanta-shop.fi/u/1", "mailto:unsubscribe@kanta-shop.fi", "https:///u/1",
            "https://kanta-shop.fi/u/1,mailto:x@example.fi"})
    void unsubscribeAddressesMustBeSingleHttpsAddresses(String uri) {
        assertThatThrownBy(() -> new OutgoingEmail(SHOP, Mailbox.of("a@example.fi"), "s", "h", "t", "<a@b>",
                URI.create(uri))).hasMessageContaining("List-Unsubscribe");
    }

    @Test
    void namesWithQuotesCommasAndAngleBracketsStayInsideTheDisplayName() throws Exception {
        String name = "\"Virtanen, Matti\" <boss@evil.example>; (Åsa) \\";
        MimeMessage message = new EmailComposer(Emails.CLOCK).compose(email(new Mailbox("matti@example.fi", name),
                "s", Map.of()));

        assertThat(message.getRecipients(jakarta.mail.Message.RecipientType.TO)).hasSize(1);
        var to = (jakarta.mail.internet.InternetAddress) message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("matti@example.fi");
        assertThat(to.getPersonal()).isEqualTo(name);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        assertThat(raw.toString(StandardCharsets.ISO_8859_1)).doesNotContain("boss@evil.example>,");
    }

    @Test
    void aMessageThatIsNoMarketingMayGoWithoutUnsubscribeHeaders() throws Exception {
        MimeMessage message = new EmailComposer(Emails.CLOCK).compose(new OutgoingEmail(SHOP, Mailbox.of("a@example.fi"),
                "Confirm", "<p>x</p>", "x", "<signup-1.ab@kanta.test>", null));

        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        assertThat(message.getHeader("List-Unsubscribe-Post")).isNull();
        assertThat(new EmailComposer(Emails.CLOCK).compose(email(Mailbox.of("a@example.fi"), "s", Map.of()))
                .getHeader("List-Unsubscribe")).containsExactly("<" + UNSUBSCRIBE + ">");
    }

    @Test
    void textThatMailProgramsWouldDecodeAsAnEncodedWordIsRefused() {
        assertThatThrownBy(() -> new Mailbox("a@example.fi", "=?UTF-8?B?PHNjcmlwdD4=?="))
                .hasMessageContaining("encoded word");
        assertThatThrownBy(() -> email(Mailbox.of("a@example.fi"), "Hi =?UTF-8?Q?=0D=0ABcc:_x?=", Map.of()))
                .hasMessageContaining("encoded word");
    }

    @Test
    void aVeryLongNonAsciiSubjectIsFoldedIntoShortLines() throws Exception {
        String subject = "Äläpä huoli, ".repeat(60);
        MimeMessage message = new EmailComposer(Emails.CLOCK).compose(email(Mailbox.of("a@example.fi"), subject,
                Map.of()));

        assertThat(message.getSubject()).isEqualTo(subject);
        String headers = SmtpMailerGreenMailTest.headers(message);
        assertThat(headers.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
    }
}
