package fi.kanta.delivery;

import jakarta.mail.MessagingException;
import java.util.regex.Pattern;
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

    /** Enhanced status 5.1.x: the address itself is bad, whichever command it was reported to. */
    private static final Pattern BAD_ADDRESS = Pattern.compile("^5\\.1\\.\\d+\\b");

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
                return replied(refused.getReturnCode(), refused.getMessage(), false, false);
            }
        }
        String reason = describe(failure);
        return new SmtpFailure(wholeMessageWritten ? Kind.UNCONFIRMED : Kind.TEMPORARY, 0, reason, false, false);
    }

    /** A failure to connect or log in: worth retrying, the message never left. */
    static SmtpFailure connecting(MessagingException failure) {
        return new SmtpFailure(Kind.TEMPORARY, 0, "cannot connect: " + describe(failure), false, true);
    }

    private static SmtpFailure replied(int code, String reply, boolean toRecipient, boolean keepsSession) {
        String text = reply == null ? "" : reply.strip();
        Kind kind;
        if (code >= 400 && code < 500) {
            kind = Kind.TEMPORARY;
        } else if (code >= 500 && (toRecipient || BAD_ADDRESS.matcher(text.replaceFirst("^\\d{3}[ -]", "")).find())) {
            kind = Kind.BOUNCED;
        } else if (code >= 500) {
            kind = Kind.REJECTED;
        } else {
            kind = Kind.TEMPORARY;
        }
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
