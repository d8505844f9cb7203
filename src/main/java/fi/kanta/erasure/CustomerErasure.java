package fi.kanta.erasure;

import java.time.Instant;

/**
 * Erasing one customer at their request: the one way every front door (the command line, the
 * customer's preferences page, the marketer's console) forgets a person. See docs/architecture.md
 * "Erasure".
 */
public interface CustomerErasure {

    /**
     * Removes the customer's personal data from everything Kanta keeps and leaves behind only keyed
     * hashes that stop the person coming back with a later import. Waits for a message being sent to
     * them at that moment; running it again after a crash completes it.
     *
     * @param customerId  the customer's internal id
     * @param reason      why, as the shop records it (no personal data)
     * @param requestedBy who asked: "customer", a console user's id, "kanta customer erase"
     * @return the receipt the shop uses to erase the person in its other systems; names no one
     */
    Receipt erase(long customerId, String reason, String requestedBy);

    /** What an erasure leaves for the shop: an id to quote, the shop's own id of the customer, when. */
    record Receipt(String receiptId, String externalId, Instant erasedAt) {}
}
