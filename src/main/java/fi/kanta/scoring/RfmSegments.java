package fi.kanta.scoring;

import java.util.List;

/**
 * The table that names a customer's RFM segment from the R and F scores: an ordered list of rules,
 * the first that matches wins. Change {@link #DEFAULT} (or pass another table to {@link Rfm}) to
 * change the segments; the constructor refuses a table that leaves any of the 25 (R, F) cells
 * unnamed.
 *
 * <p>The default is the commonly published eleven-segment grid on R and F (M is scored but left out
 * of the name, as in the published grid; the "Hibernating" corner is split by R into Hibernating and
 * Lost):
 * <pre>
 *        F=1             F=2               F=3               F=4          F=5
 * R=5    New             Potential loyalist Potential loyalist Champions    Champions
 * R=4    Promising       Potential loyalist Potential loyalist Loyal        Loyal
 * R=3    About to sleep  About to sleep    Need attention    Loyal        Loyal
 * R=2    Hibernating     Hibernating       At risk           At risk      Can't lose them
 * R=1    Lost            Lost              At risk           At risk      Can't lose them
 * </pre>
 *
 * @param rules the rules in order
 */
public record RfmSegments(List<Rule> rules) {

    /**
     * One row of the table: customers with R in [rFrom, rTo] and F in [fFrom, fTo] belong to the segment.
     *
     * @param segment the segment's name, as shown to marketers and stored in {@code rfm_segment}
     * @param rFrom   lowest R score, 1..5
     * @param rTo     highest R score, 1..5
     * @param fFrom   lowest F score, 1..5
     * @param fTo     highest F score, 1..5
     */
    public record Rule(String segment, int rFrom, int rTo, int fFrom, int fTo) {

        public Rule {
            if (segment == null || segment.isBlank() || rFrom < 1 || rTo > 5 || rFrom > rTo || fFrom < 1 || fTo > 5
                    || fFrom > fTo) {
                throw new IllegalArgumentException("not a valid RFM rule: " + segment + " R " + rFrom + "-" + rTo
                        + " F " + fFrom + "-" + fTo);
            }
        }

        boolean matches(int r, int f) {
            return r >= rFrom && r <= rTo && f >= fFrom && f <= fTo;
        }
    }

    /** The eleven named segments of the table above. */
    public static final RfmSegments DEFAULT = new RfmSegments(List.of(
            new Rule("Champions", 5, 5, 4, 5),
            new Rule("Loyal", 3, 4, 4, 5),
            new Rule("Potential loyalist", 4, 5, 2, 3),
            new Rule("New", 5, 5, 1, 1),
            new Rule("Promising", 4, 4, 1, 1),
            new Rule("Need attention", 3, 3, 3, 3),
            new Rule("About to sleep", 3, 3, 1, 2),
            new Rule("Can't lose them", 1, 2, 5, 5),
            new Rule("At risk", 1, 2, 3, 4),
            new Rule("Hibernating", 2, 2, 1, 2),
            new Rule("Lost", 1, 1, 1, 2)));

    public RfmSegments {
        rules = List.copyOf(rules);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                int rr = r;
                int ff = f;
                if (rules.stream().noneMatch(rule -> rule.matches(rr, ff))) {
                    throw new IllegalArgumentException("RFM segment table names no segment for R=" + r + " F=" + f);
                }
            }
        }
    }

    /** The segment of a customer with these R and F scores (1..5). */
    public String segmentOf(int r, int f) {
        for (Rule rule : rules) {
            if (rule.matches(r, f)) {
                return rule.segment();
            }
        }
        throw new IllegalArgumentException("R and F scores must be 1..5, were " + r + ", " + f);
    }
}
