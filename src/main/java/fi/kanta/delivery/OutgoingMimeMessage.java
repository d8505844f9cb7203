package fi.kanta.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A MIME message that keeps the Message-ID it was given (Jakarta Mail would make up a new one on
 * every {@code saveChanges}) and counts how often it was written out in full, which tells a dropped
 * connection before the end of DATA (not delivered) from one after it (perhaps delivered).
 */
final class OutgoingMimeMessage extends MimeMessage implements WrittenCount {

    private final String messageId;
    private volatile int written;

    OutgoingMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
        super.writeTo(out, ignoreList);
        written++;
    }

    @Override
    public int timesWritten() {
        return written;
    }
}
