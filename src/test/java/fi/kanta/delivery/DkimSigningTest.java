package fi.kanta.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** DKIM signatures that cover both one-click unsubscribe headers and verify as a receiver checks them. */
class DkimSigningTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path keys;

    private static KeyPair pair;
    private static Path pemKey;
    private static Path derKey;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
        derKey = Files.write(keys.resolve("dkim.der"), pair.getPrivate().getEncoded());
        pemKey = Files.writeString(keys.resolve("dkim.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    }

    private static EmailComposer signingComposer(Path key) {
        return new EmailComposer(Emails.CLOCK, DkimSigning.of(new DeliverySettings.Dkim(key, "kanta2026",
                "kanta-shop.fi")));
    }

    private static byte[] raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void theSignatureCoversListUnsubscribeAndListUnsubscribePostAndVerifies() throws Exception {
        OutgoingEmail email = Emails.to("asa@example.fi", "Åsa Öberg", "<2026-W48.1.win-back@kanta.test>");
        DkimVerifier dkim = new DkimVerifier(raw(signingComposer(pemKey).compose(email)));

        assertThat(dkim.tags).containsEntry("d", "kanta-shop.fi").containsEntry("s", "kanta2026")
                .containsEntry("a", "rsa-sha256").containsEntry("c", "relaxed/simple");
        assertThat(dkim.signedHeaders()).contains("from", "to", "subject", "message-id", "date", "list-unsubscribe",
                "list-unsubscribe-post");
        assertThat(dkim.bodyHashMatches()).isTrue();
        assertThat(dkim.signatureVerifies(pair.getPublic())).isTrue();
    }

    @Test
    void theMessageAsReceivedBySmtpStillVerifiesAndATamperedOneDoesNot() throws Exception {
        try (SmtpMailer mailer = new SmtpMailer(SmtpServer.at("127.0.0.1", GREEN_MAIL.getSmtp().getPort()),
                signingComposer(derKey), Emails.settings(2, 0), RateLimiter.unlimited(), new RecordingSleeper())) {
            assertThat(mailer.send(Emails.many(3))).extracting(DeliveryOutcome::status)
                    .containsOnly(DeliveryStatus.SENT);
        }
        for (MimeMessage received : GREEN_MAIL.getReceivedMessages()) {
            byte[] raw = raw(received);
            DkimVerifier dkim = new DkimVerifier(raw);
            assertThat(dkim.signedHeaders()).contains("list-unsubscribe", "list-unsubscribe-post");
            assertThat(dkim.bodyHashMatches()).isTrue();
            assertThat(dkim.signatureVerifies(pair.getPublic())).isTrue();

            String tampered = new String(raw, StandardCharsets.ISO_8859_1).replace("List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                    "List-Unsubscribe-Post: List-Unsubscribe=Two-Clicks");
            assertThat(new DkimVerifier(tampered.getBytes(StandardCharsets.ISO_8859_1))
                    .signatureVerifies(pair.getPublic())).isFalse();
            String otherBody = new String(raw, StandardCharsets.ISO_8859_1).replace("Hei Customer", "Hej Customer");
            assertThat(new DkimVerifier(otherBody.getBytes(StandardCharsets.ISO_8859_1)).bodyHashMatches()).isFalse();
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aKeyThatIsNotPkcs8IsRefusedWithTheConversionCommand() throws Exception {
        Path pkcs1 = Files.writeString(keys.resolve("old.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n"
                + "-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> DkimSigning.readKey(pkcs1)).hasMessageContaining("openssl pkcs8 -topk8");
        Path garbage = Files.writeString(keys.resolve("garbage.key"), "not a key");
        assertThatThrownBy(() -> DkimSigning.readKey(garbage)).hasMessageContaining("cannot read the DKIM key");
    }

    @Test
    void signedMessagesKeepTheirMessageId() throws Exception {
        MimeMessage signed = signingComposer(derKey).compose(Emails.to("a@example.fi", "A", "<x.1@kanta.test>"));
        List<String> ids = new String(raw(signed), StandardCharsets.ISO_8859_1).lines()
                .filter(l -> l.startsWith("Message-ID:")).toList();
        assertThat(ids).containsExactly("Message-ID: <x.1@kanta.test>");
    }
}
