package fi.kanta.console.customers;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One thing on a customer's time line, in shop time. The page writes it with the text
 * {@code console.customer.<kind>} and these arguments, in the signed-in user's language.
 *
 * @param kind purchase, score, consent, campaign, feedback, suppression
 */
public record Moment(LocalDateTime at, String kind, List<Object> facts) {

    /** The facts as a text's arguments. */
    public Object[] args() {
        return facts.toArray();
    }
}
