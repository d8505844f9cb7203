package fi.kanta.delivery;

/** What became of one email handed to a {@link Mailer}. */
public enum DeliveryStatus {
    /** The server accepted the message (250 after DATA), or its .eml file is in place. */
    SENT,
    /** Temporary failures (4xx, timeouts, dropped connections) outlasted the retries: send it again later. */
    FAILED_RETRYABLE,
    /** The server said the mailbox does not exist or is disabled ({@link Refusal#MAILBOX_GONE}): suppress the address. */
    BOUNCED,
    /** Refused permanently for another reason (relay, policy, sender, content; or the message could not be made). */
    REJECTED,
    /** The whole message was handed over but the connection failed before the server's reply: it may
     *  have been delivered, so it must not be sent again automatically. */
    UNCONFIRMED,
    /** Not handed over: the pusher's record said it was no longer its to send ({@link HandOver}). */
    SKIPPED
}
