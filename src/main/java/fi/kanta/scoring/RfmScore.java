package fi.kanta.scoring;

/**
 * One customer's RFM quintile scores (1 = worst fifth, 5 = best) and named segment.
 *
 * @param recency   R: 5 for the fifth who bought most recently
 * @param frequency F: 5 for the fifth with the most purchase days
 * @param monetary  M: 5 for the fifth with the highest total spend
 * @param segment   the segment's name from {@link RfmSegments}
 */
public record RfmScore(int recency, int frequency, int monetary, String segment) {

    /** The three scores as digits, e.g. {@code "545"} ({@code rfm_code}). */
    public String code() {
        return "" + recency + frequency + monetary;
    }
}
