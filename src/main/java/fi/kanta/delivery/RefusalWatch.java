package fi.kanta.delivery;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the first answers of one run's emails and says when to stop: when the server refuses
 * {@code inARow} messages in a row, or more than its share of the run's first window. Until the
 * window has passed, the run's bounces are not yet trusted, so their suppressions wait.
 * Failures that outlasted their retries (an unusable server) count as refusals too; a message that
 * went through, or that may have, breaks a run of refusals.
 */
public final class RefusalWatch {

    private final DeliverySettings.Refusals rules;
    private final long window;
    private final long shareLimit;
    private final Map<String, Long> replies = new HashMap<>();
    private long answered;
    private long refusedInWindow;
    private long inARow;

    /**
     * @param rules         the settings
     * @param runEmails     the run's emails in all (answered before and to be sent now)
     * @param answeredBefore emails of the run answered by the server in earlier attempts
     */
    public RefusalWatch(DeliverySettings.Refusals rules, long runEmails, long answeredBefore) {
        this.rules = rules;
        this.window = Math.min(rules.window(), runEmails);
        // a handful of bad addresses in a small run is no sign of a broken server
        this.shareLimit = window >= rules.inARow() ? (long) Math.floor(rules.share() * window) : Long.MAX_VALUE;
        this.answered = answeredBefore;
    }

    /**
     * Why a run must stop: {@code refused} emails were refused in a row ({@code inARow}), or of the
     * first {@code window}; with the server's most common answer. Kept as figures, so that whoever
     * reads it says it in their language.
     */
    public record Stop(boolean inARow, long refused, long window, Reply reply) {
    }

    /** The server's most frequent refusal so far and how often it came; none yet is a null answer. */
    public record Reply(String answer, long times) {
    }

    /** Counts one batch's outcomes; returns why the run must stop, when it must. */
    public Optional<Stop> count(List<DeliveryOutcome> outcomes) {
        Optional<Stop> stop = Optional.empty();
        for (DeliveryOutcome outcome : outcomes) {
            boolean refused = refused(outcome);
            boolean inWindow = answered < window;
            answered++;
            if (refused) {
                inARow++;
                replies.merge(describe(outcome), 1L, Long::sum);
                refusedInWindow += inWindow ? 1 : 0;
            } else if (outcome.status() == DeliveryStatus.SENT || outcome.status() == DeliveryStatus.UNCONFIRMED) {
                inARow = 0;
            }
            if (stop.isEmpty() && inARow >= rules.inARow()) {
                stop = Optional.of(new Stop(true, inARow, window, null));
            } else if (stop.isEmpty() && refusedInWindow > shareLimit) {
                stop = Optional.of(new Stop(false, refusedInWindow, window, null));
            }
        }
        return stop.map(why -> new Stop(why.inARow(), why.refused(), why.window(), mostCommonReply()));
    }

    /** The run's first window has its answers: bounces from now on, and those held, may be suppressed. */
    public boolean windowPassed() {
        return answered >= window;
    }

    /** The server's most frequent refusal so far, with how often it came. */
    public Reply mostCommonReply() {
        return replies.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue))
                .map(e -> new Reply(e.getKey(), e.getValue())).orElse(new Reply(null, 0));
    }

    /**
     * A permanent refusal (from the server, or a message that could not be made), or temporary
     * failures that outlasted the retries. An address found unusable before sending is the
     * customer's data, not a sign of a broken set-up.
     */
    private static boolean refused(DeliveryOutcome outcome) {
        return switch (outcome.status()) {
            case BOUNCED -> outcome.replyCode() > 0;
            case REJECTED, FAILED_RETRYABLE -> true;
            case SENT, UNCONFIRMED, SKIPPED -> false;
        };
    }

    private static String describe(DeliveryOutcome outcome) {
        String reply = outcome.reply() == null ? "" : outcome.reply().strip();
        String text = reply.startsWith(String.valueOf(outcome.replyCode())) || outcome.replyCode() == 0 ? reply
                : outcome.replyCode() + " " + reply;
        text = Refusal.withoutAddresses(text);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
