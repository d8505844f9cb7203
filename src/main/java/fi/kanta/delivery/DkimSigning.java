package fi.kanta.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimSigner;

/**
 * DKIM signing with the domain's RSA key. The library's signer keeps a digest and a signature
 * object, so each sending thread gets its own. Its default header list signs List-Unsubscribe but
 * not List-Unsubscribe-Post; RFC 8058 needs both in {@code h=}, so both are added here.
 */
public final class DkimSigning {

    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    private final String domain;
    private final String selector;
    private final RSAPrivateKey key;
    private final ThreadLocal<DkimSigner> signers = ThreadLocal.withInitial(this::signer);

    DkimSigning(String domain, String selector, RSAPrivateKey key) {
        this.domain = domain;
        this.selector = selector;
        this.key = key;
        signer(); // a wrong domain fails now, not at the first message
    }

    /** The signing set up from {@code kanta.delivery.dkim.*}: the key file is PKCS#8, DER or PEM. */
    public static DkimSigning of(DeliverySettings.Dkim settings) {
        return new DkimSigning(settings.domain(), settings.selector(), readKey(settings.keyFile()));
    }

    /** A signed copy of the composed message; the signature is computed as it is written out. */
    MimeMessage sign(MimeMessage composed) throws MessagingException {
        return new SignedMimeMessage(composed, signers.get());
    }

    private DkimSigner signer() {
        DkimSigner signer = new DkimSigner(domain, selector, key);
        signer.setCheckDomainKey(false); // no DNS look-up per message: the key's record is the operator's business
        signer.setHeaderCanonicalization(Canonicalization.RELAXED);
        // simple body: the parts are quoted-printable, so no line ends in whitespace a relay could
        // trim, and the library's relaxed body pass (two regular expressions over 30 KB) is skipped
        signer.setBodyCanonicalization(Canonicalization.SIMPLE);
        signer.addHeaderToSign("List-Unsubscribe");
        signer.addHeaderToSign("List-Unsubscribe-Post");
        return signer;
    }

    static RSAPrivateKey readKey(Path file) {
        byte[] bytes = read(file);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN RSA PRIVATE KEY-----")) {
            throw new IllegalArgumentException("DKIM key " + file + " is PKCS#1; convert it with"
                    + " `openssl pkcs8 -topk8 -nocrypt -in " + file.getFileName() + " -out dkim.pk8.pem`");
        }
        int begin = text.indexOf(PEM_BEGIN);
        int end = text.indexOf(PEM_END);
        try {
            byte[] der = begin >= 0 && end > begin
                    ? Base64.getMimeDecoder().decode(text.substring(begin + PEM_BEGIN.length(), end)) : bytes;
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("cannot read the DKIM key " + file + " (an unencrypted PKCS#8 RSA key,"
                    + " DER or PEM, is needed): " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the DKIM key " + file + ": " + e, e);
        }
    }
}
