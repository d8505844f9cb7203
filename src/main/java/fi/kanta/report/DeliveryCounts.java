package fi.kanta.report;

/** What became of a run's target messages, and how many targets unsubscribed after the send. */
public record DeliveryCounts(long pending, long sent, long bounced, long withdrawn, long unconfirmed, long failed,
        long lettersSent, long emailsSent, long unsubscribed) {
}
