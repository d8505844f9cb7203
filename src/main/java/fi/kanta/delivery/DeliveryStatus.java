package fi.kanta.delivery;

/** What became of one email handed to a {@link Mailer}. */
public enum DeliveryStatus {
    /** The server accepted the message (250 after DATA), or its .eml file is in place. */
    SENT,
    /** Temporary failures (4xx, timeouts, dropped connections) outlasted the retries: send it again later. */
    FAILED_RETRYABLE,
    /** The server refused the recipient permanently (5xx to RCPT, or an address status 5.1.x): suppress the address. */
    BOUNCED,
    /** The server refused this message permanently for another reason (5xx to MAIL FROM or to the content). */
    REJECTED,
    /** The whole message was handed over but the connection failed before the server's reply: it may
     *  have been delivered, so it must not be sent again automatically. */
    UNCONFIRMED
}
