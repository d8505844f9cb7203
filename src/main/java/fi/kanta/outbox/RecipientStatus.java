package fi.kanta.outbox;

import fi.kanta.delivery.DeliveryStatus;

/** An outbox row's status (docs/architecture.md "Recipient status"); delivery only moves it forward. */
enum RecipientStatus {
    PENDING, SENDING, SENT, PRINTED, FAILED, BOUNCED, WITHDRAWN, UNCONFIRMED, HOLDOUT;

    /**
     * What a delivery outcome makes of a SENDING row: a refused address is BOUNCED (and suppressed);
     * a temporary failure, and a refusal of the sender or the content (a configuration to fix, not
     * the customer's fault), stay retryable as FAILED, so the run ends FAILED and can be resumed.
     */
    static RecipientStatus of(DeliveryStatus outcome) {
        return switch (outcome) {
            case SENT -> SENT;
            case FAILED_RETRYABLE, REJECTED -> FAILED;
            case BOUNCED -> BOUNCED;
            case UNCONFIRMED -> UNCONFIRMED;
            case SKIPPED -> throw new IllegalArgumentException("an email not handed over has nothing to record");
        };
    }
}
