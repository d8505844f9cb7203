package fi.kanta.delivery;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What a failed SMTP attempt means for the message: try again, give up on the address, give up on
 * the message, or stop because it may have been delivered.
 *
 * @param kind         what to do
 * @param code         the server's reply code, 0 when it gave none
 * @param reply        the server's reply or the error
 * @param keepsSession the connection is still in step (Angus reset it after a refused recipient)
 * @param connecting   the failure was in connecting or logging in, before any message
 */
record SmtpFailure(Kind kind, int code, String reply, boolean keepsSession, boolean connecting) {

    enum Kind { TEMPORARY, BOUNCED, REJECTED, UNCONFIRMED }

    /**
     * Reads the reply code out of Angus's exception chain. With no reply (connection dropped, time-out)
     * it matters whether the whole message had been written: before that the server cannot have
     * accepted it (retry); after it, the end-of-data dot may have reached it (do not resend).
     */
    static SmtpFailure of(MessagingException failure, boolean wholeMessageWritten) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException refused) {
                return replied(refused.getReturnCode(), refused.getMessage(), true, true);
            }
            if (t instanceof SMTPSenderFailedException refused) {
                return replied(refused.getReturnCode(), refused.getMessage(), false, false);
            }
            if (t instanceof SMTPSendFailedException refused && refused.getReturnCode() >= 400) {
                return replied(refused.getReturnCode(), refused.getMessage(), true, false);
            }
        }
        String reason = describe(failure);
        return new SmtpFailure(wholeMessageWritten ? Kind.UNCONFIRMED : Kind.TEMPORARY, 0, reason, false, false);
    }

    /** A failure to connect or log in: worth retrying, the message never left. */
    static SmtpFailure connecting(MessagingException failure) {
        return new SmtpFailure(Kind.TEMPORARY, 0, "cannot connect: " + describe(failure), false, true);
    }

    /**
     * A refusal of the recipient or of the message may be about the mailbox ({@link Refusal});
     * a refusal of the sender (MAIL FROM) never is, whatever its code says.
     */
    private static SmtpFailure replied(int code, String reply, boolean aboutRecipient, boolean keepsSession) {
        String text = reply == null ? "" : reply.strip();
        Kind kind = switch (Refusal.of(code, text)) {
            case TEMPORARY -> Kind.TEMPORARY;
            case MAILBOX_GONE -> aboutRecipient ? Kind.BOUNCED : Kind.REJECTED;
            case MESSAGE_REFUSED -> Kind.REJECTED;
        };
        return new SmtpFailure(kind, code, text, keepsSession && code != 421, false);
    }

    private static Throwable next(Throwable t) {
        Throwable next = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                : t.getCause();
        return next == t ? null : next;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 300; t = next(t)) {
            text.append(text.isEmpty() ? "" : ": ").append(t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getMessage().strip());
        }
        return text.toString();
    }
}
