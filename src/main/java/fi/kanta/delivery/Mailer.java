package fi.kanta.delivery;

import java.util.List;

/**
 * A way out for emails (SMTP or .eml files), after listmonk's Messenger: push messages, flush to
 * learn what became of each, close at the end. One thread pushes and flushes (the step's writer);
 * the channel may send on threads of its own in between. Per-message failures are outcomes, never
 * exceptions, so a writer never rolls back a chunk whose messages already left.
 *
 * <p>From a Spring Batch writer, one chunk of claimed recipients at a time:
 * <pre>{@code
 * List<OutgoingEmail> emails = chunk.getItems().stream().map(renderer::email).toList();
 * List<DeliveryOutcome> outcomes = mailer.send(emails);   // one per email, same order
 * outbox.record(outcomes);                                 // SENT, FAILED, BOUNCED, UNCONFIRMED, ...
 * }</pre>
 * Open the mailer once per step (SMTP connections stay open across chunks) and close it at the end.
 */
public interface Mailer extends AutoCloseable {

    /** Hands one email over; may block while every connection is busy. */
    void push(OutgoingEmail email);

    /** Waits until every email pushed since the last flush has an outcome; returns them in push order. */
    List<DeliveryOutcome> flush();

    /** Sends everything still pushed and closes the connections. */
    @Override
    void close();

    /** Pushes the emails and flushes: one outcome per email, in the same order. */
    default List<DeliveryOutcome> send(List<OutgoingEmail> emails) {
        emails.forEach(this::push);
        return flush();
    }
}
