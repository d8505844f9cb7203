package fi.kanta.scoring;

import fi.kanta.picks.PickReport;
import fi.kanta.words.Words;

/** A score run as the commands and serve start it: the scores, then each customer's picks from the same day. */
public record ScoreRun(ScoreReport scores, PickReport picks) {

    /** The picks' line in the marketer's language. */
    public String picksLine(Words words) {
        if (picks.none()) {
            return words.text("score.picks.none");
        }
        return words.text("score.picks", picks.withPicks(), picks.customers(), picks.inStock());
    }
}
