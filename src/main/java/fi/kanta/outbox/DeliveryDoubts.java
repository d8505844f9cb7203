package fi.kanta.outbox;

import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * The marketer's choice about emails that may not have arrived (UNCONFIRMED): leave them, or send
 * them again and accept that a customer may get one twice.
 */
@Component
public class DeliveryDoubts {

    private final Outbox outbox;

    DeliveryDoubts(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The run's emails that may not have arrived go out again at its next attempt, marked as resent
     * (the report counts them). Only for a run whose process is surely gone. Returns how many.
     */
    public int resendUnconfirmed(String campaign, String runKey, LocalDateTime now) {
        return outbox.resendUnconfirmed(outbox.runId(campaign, runKey), now);
    }
}
