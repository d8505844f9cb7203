package fi.kanta.delivery;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One SMTP session of an {@link SmtpMailer}, used by one thread: it is opened at the first message,
 * reused for every following one, and opened again after a failure left it out of step. Temporary
 * failures are retried here with a doubling pause.
 */
final class SmtpConnection implements AutoCloseable {

    private final SmtpServer server;
    private final Session session;
    private final EmailComposer composer;
    private final RateLimiter rateLimiter;
    private final Sleeper sleeper;
    private final int retries;
    private final Duration backoff;
    private final Runnable onConnect;
    private final AtomicReference<String> unreachable;
    private Transport transport;

    SmtpConnection(SmtpServer server, EmailComposer composer, DeliverySettings settings, RateLimiter rateLimiter,
            Sleeper sleeper, Runnable onConnect, AtomicReference<String> unreachable) {
        this.server = server;
        this.session = server.session();
        this.composer = composer;
        this.rateLimiter = rateLimiter;
        this.sleeper = sleeper;
        this.retries = settings.retries();
        this.backoff = settings.backoff();
        this.onConnect = onConnect;
        this.unreachable = unreachable;
    }

    /**
     * Sends one email, retrying temporary failures; never throws. Once the server could not be
     * reached through all the retries of one email, the following ones fail at once instead of
     * each waiting out its own retries.
     */
    DeliveryOutcome deliver(OutgoingEmail email) {
        String down = unreachable.get();
        if (down != null) {
            return new DeliveryOutcome(email.messageId(), DeliveryStatus.FAILED_RETRYABLE, 0, "not tried: " + down, 0);
        }
        MimeMessage message;
        try {
            message = composer.compose(email);
        } catch (MessagingException | RuntimeException e) {
            return DeliveryOutcome.notComposed(email.messageId(), e);
        }
        Address[] recipients = {email.to().internetAddress()};
        SmtpFailure last = null;
        for (int attempt = 1; attempt <= retries + 1; attempt++) {
            try {
                if (attempt > 1) {
                    sleeper.sleep(pauseBefore(attempt));
                }
                rateLimiter.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(email, last, attempt - 1, "interrupted while waiting to send");
            }
            last = attempt(message, recipients);
            if (last == null) {
                return DeliveryOutcome.sent(email.messageId(), attempt);
            }
            if (last.kind() != SmtpFailure.Kind.TEMPORARY) {
                return new DeliveryOutcome(email.messageId(), status(last.kind()), last.code(), last.reply(), attempt);
            }
        }
        if (last.connecting()) {
            unreachable.compareAndSet(null, last.reply());
        }
        return failed(email, last, retries + 1, null);
    }

    /** The pause before the given attempt: backoff, 2 × backoff, 4 × backoff, … */
    Duration pauseBefore(int attempt) {
        return backoff.multipliedBy(1L << Math.min(attempt - 2, 20));
    }

    /** One try; null when the server accepted the message. */
    private SmtpFailure attempt(MimeMessage message, Address[] recipients) {
        try {
            connect();
        } catch (MessagingException e) {
            disconnect();
            return SmtpFailure.connecting(e);
        }
        int writtenBefore = ((WrittenCount) message).timesWritten();
        try {
            transport.sendMessage(message, recipients);
            return null;
        } catch (MessagingException e) {
            boolean wholeMessageWritten = ((WrittenCount) message).timesWritten() > writtenBefore;
            SmtpFailure failure = SmtpFailure.of(e, wholeMessageWritten);
            if (!failure.keepsSession()) {
                disconnect();
            }
            return failure;
        }
    }

    private void connect() throws MessagingException {
        if (transport != null) {
            return;
        }
        Transport fresh = session.getTransport(server.protocol());
        fresh.connect(server.host(), server.port(), server.username(), server.password());
        transport = fresh;
        onConnect.run();
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way; the next message opens a new one
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }

    private static DeliveryOutcome failed(OutgoingEmail email, SmtpFailure last, int attempts, String why) {
        String reply = why != null ? why : last == null ? "" : last.reply();
        return new DeliveryOutcome(email.messageId(), DeliveryStatus.FAILED_RETRYABLE, last == null ? 0 : last.code(),
                reply, attempts);
    }

    private static DeliveryStatus status(SmtpFailure.Kind kind) {
        return switch (kind) {
            case BOUNCED -> DeliveryStatus.BOUNCED;
            case REJECTED -> DeliveryStatus.REJECTED;
            case UNCONFIRMED -> DeliveryStatus.UNCONFIRMED;
            case TEMPORARY -> DeliveryStatus.FAILED_RETRYABLE;
        };
    }
}
