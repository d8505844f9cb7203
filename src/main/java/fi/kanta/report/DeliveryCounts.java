package fi.kanta.report;

import java.util.List;

/**
 * What became of a run's target messages ({@code sent}: emails the server took and letters marked
 * posted; {@code printed}: letters printed, not yet posted), how many targets unsubscribed after the send, how many
 * emails were sent again after a crash (resume --resend-unconfirmed: they may have arrived twice),
 * and the server's answers to the messages that did not go (most frequent first).
 */
public record DeliveryCounts(long pending, long sent, long printed, long bounced, long withdrawn, long unconfirmed, long failed,
        long lettersSent, long emailsSent, long unsubscribed, long resent, List<ServerAnswer> answers) {

    /** Letters paid for: posted, or printed and waiting to be posted. */
    public long lettersPrinted() {
        return lettersSent + printed;
    }

    /** One answer of the server (addresses left out, so one line per cause) and how many messages got it. */
    public record ServerAnswer(String reply, long messages) {
    }
}
