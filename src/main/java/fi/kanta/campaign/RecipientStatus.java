package fi.kanta.campaign;

import fi.kanta.delivery.DeliveryStatus;

/** An outbox row's status (DESIGN "Recipient status"); delivery only moves it forward. */
public enum RecipientStatus {
    PENDING, SENDING, SENT, FAILED, BOUNCED, WITHDRAWN, UNCONFIRMED, HOLDOUT;

    /**
     * What a delivery outcome makes of a SENDING row: a temporary failure stays retryable (FAILED);
     * a permanent refusal, of the address or of the message, is BOUNCED (only the first suppresses).
     */
    static RecipientStatus of(DeliveryStatus outcome) {
        return switch (outcome) {
            case SENT -> SENT;
            case FAILED_RETRYABLE -> FAILED;
            case BOUNCED, REJECTED -> BOUNCED;
            case UNCONFIRMED -> UNCONFIRMED;
        };
    }
}
