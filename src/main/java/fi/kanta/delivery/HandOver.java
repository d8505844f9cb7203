package fi.kanta.delivery;

/**
 * The durable record kept around each email's leaving, by whoever pushes emails (the outbox). A
 * mailer calls it on the thread that sends, before and after each email, so that at any moment at
 * most one email per connection is marked as leaving without its answer recorded: after a crash,
 * only those may or may not have arrived.
 */
@FunctionalInterface
public interface HandOver {

    /** For mailers whose pushers keep no record (tests, benchmarks). */
    HandOver NONE = (answered, next) -> true;

    /**
     * In one transaction: records what became of the thread's previous email ({@code answered},
     * null when there is none to record) and marks {@code next} (null when there is none yet) as
     * leaving. Returns whether {@code next} may leave; false when it is no longer the pusher's to
     * send (another sender took it), and then it is not sent.
     */
    boolean record(DeliveryOutcome answered, OutgoingEmail next);
}
