package fi.kanta.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

/**
 * Turns an {@link OutgoingEmail} into a MIME message: multipart/alternative with the text part first
 * and the HTML part last (clients show the last part they can), UTF-8 throughout, the given
 * Message-ID, and the RFC 8058 one-click unsubscribe headers. Header values reach Jakarta Mail only
 * after {@link OutgoingEmail} has refused control characters, and non-ASCII values are encoded here.
 */
public final class EmailComposer {

    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe=One-Click";
    private static final String UTF_8 = "UTF-8";

    static {
        // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader scan of every jar for each
        // MIME part written, which made composing ten times slower; naming Angus's provider skips the scan.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final Session session;
    private final Clock clock;
    private final DkimSigning dkim;

    /** A composer that does not sign. */
    public EmailComposer(Clock clock) {
        this(clock, null);
    }

    /** A composer that DKIM-signs every message when {@code dkim} is not null. */
    public EmailComposer(Clock clock, DkimSigning dkim) {
        this.session = Session.getInstance(new Properties());
        this.clock = clock;
        this.dkim = dkim;
    }

    /**
     * The message, its headers final (a later {@code saveChanges} keeps the Message-ID), signed when
     * the composer signs. The DKIM signature is computed each time the message is written out.
     */
    public MimeMessage compose(OutgoingEmail email) throws MessagingException {
        OutgoingMimeMessage message = new OutgoingMimeMessage(session, email.messageId());
        message.setFrom(email.from().internetAddress());
        message.setRecipient(Message.RecipientType.TO, email.to().internetAddress());
        message.setSubject(email.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        if (email.listUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + email.listUnsubscribe().toASCIIString() + ">");
            message.setHeader("List-Unsubscribe-Post", LIST_UNSUBSCRIBE_POST);
        }
        for (Map.Entry<String, String> header : email.extraHeaders().entrySet()) {
            message.addHeader(header.getKey(), encoded(header.getKey(), header.getValue()));
        }
        message.setContent(alternatives(email));
        message.saveChanges();
        return dkim == null ? message : dkim.sign(message);
    }

    private static MimeMultipart alternatives(OutgoingEmail email) throws MessagingException {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(encodedText("plain", email.text()));
        alternatives.addBodyPart(encodedText("html", email.html()));
        return alternatives;
    }

    /**
     * A text part encoded once, here, as quoted-printable UTF-8 (7-bit, so DKIM survives relays).
     * Handing Jakarta Mail the String instead costs two slow passes through its encoders per part
     * (one to choose an encoding, one to write), which was most of the time spent per message.
     */
    private static MimeBodyPart encodedText(String subtype, String text) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
        headers.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return new MimeBodyPart(headers, QuotedPrintable.encode(text));
    }

    /** An extra header's value as RFC 2047 words when not ASCII, folded to keep lines short. */
    private static String encoded(String name, String value) {
        try {
            return MimeUtility.fold(name.length() + 2, MimeUtility.encodeText(value, UTF_8, null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
