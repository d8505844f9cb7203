package fi.kanta.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
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
        message.setHeader("List-Unsubscribe", "<" + email.listUnsubscribe().toASCIIString() + ">");
        message.setHeader("List-Unsubscribe-Post", LIST_UNSUBSCRIBE_POST);
        for (Map.Entry<String, String> header : email.extraHeaders().entrySet()) {
            message.addHeader(header.getKey(), encoded(header.getKey(), header.getValue()));
        }
        message.setContent(alternatives(email));
        message.saveChanges();
        return dkim == null ? message : dkim.sign(message);
    }

    private static MimeMultipart alternatives(OutgoingEmail email) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), UTF_8, "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        return alternatives;
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
