package fi.kanta.delivery;

/**
 * The outcome for one email.
 *
 * @param messageId the email's Message-ID, which names its recipient in the run
 * @param status    what became of it
 * @param replyCode the SMTP server's last reply code (250 when sent; 0 when there was no reply, or for files)
 * @param reply     the server's reply text or what went wrong, for the marketer's report
 * @param attempts  how many times it was tried (1 when it went through at once)
 */
public record DeliveryOutcome(String messageId, DeliveryStatus status, int replyCode, String reply, int attempts) {

    static DeliveryOutcome sent(String messageId, int attempts) {
        return new DeliveryOutcome(messageId, DeliveryStatus.SENT, 250, "", attempts);
    }

    /** An email that could not even be composed (a bug or a broken key, not the server's doing). */
    static DeliveryOutcome notComposed(String messageId, Exception why) {
        return new DeliveryOutcome(messageId, DeliveryStatus.REJECTED, 0, "could not compose the message: " + why, 0);
    }

    /** An email the mailer did not hand over because its pusher's record said it was no longer its to send. */
    static DeliveryOutcome skipped(String messageId) {
        return new DeliveryOutcome(messageId, DeliveryStatus.SKIPPED, 0, "not sent: no longer this sender's", 0);
    }

    public boolean sent() {
        return status == DeliveryStatus.SENT;
    }
}
