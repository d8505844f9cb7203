package fi.kanta.outbox;

import java.util.Map;

/**
 * A customer's loyalty status in the marketer's words, from their RFM segment: the key a template
 * turns into a sentence with {@code #{${'loyalty.' + score.loyalty}}} (messages_*.properties).
 */
final class Loyalty {

    private static final Map<String, String> BY_SEGMENT = Map.ofEntries(
            Map.entry("Champions", "champion"),
            Map.entry("Loyal", "loyal"),
            Map.entry("Potential loyalist", "promising"),
            Map.entry("Promising", "promising"),
            Map.entry("New", "new"),
            Map.entry("Need attention", "needs-attention"),
            Map.entry("About to sleep", "needs-attention"),
            Map.entry("Can't lose them", "at-risk"),
            Map.entry("At risk", "at-risk"),
            Map.entry("Hibernating", "lost"),
            Map.entry("Lost", "lost"));

    private Loyalty() {
    }

    /** The status for an RFM segment; null for a customer without scores (or a segment not listed). */
    static String of(String rfmSegment) {
        return rfmSegment == null ? null : BY_SEGMENT.get(rfmSegment);
    }
}
