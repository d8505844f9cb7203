package fi.kanta.web;

import fi.kanta.customer.CustomerChanges;
import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.FeedbackQuestion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records answers to the feedback question in {@code feedback}: one row per question (customer,
 * campaign, run key); a later answer replaces the score, comment and time of the earlier one.
 * Update-then-insert in one transaction, behind a row lock on the customer ({@link CustomerChanges}),
 * works the same on HSQLDB and PostgreSQL; the table's unique key stays the arbiter should anything
 * slip past.
 */
@Component
class FeedbackAnswers {

    /** The longest comment kept, the column's width; a longer one is cut there. */
    static final int MAX_COMMENT = 2000;

    private final JdbcTemplate jdbc;
    private final CustomerChanges changes;

    FeedbackAnswers(JdbcTemplate jdbc, CustomerChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /**
     * Records {@code score} (0..10) and the comment (trimmed; blank is none; HTML kept as written,
     * pages escape it) as the question's answer.
     */
    Outcome record(FeedbackQuestion question, int score, String comment) {
        if (!FeedbackLinks.isScore(score)) {
            throw new IllegalArgumentException("a score is 0 to 10, not " + score);
        }
        String kept = comment(comment);
        return changes.apply(question.customerId(), now -> {
            if (jdbc.update("UPDATE feedback SET score = ?, comment = ?, answered_at = ? WHERE customer_id = ? AND campaign = ?"
                    + " AND run_key = ?", score, kept, now, question.customerId(), question.campaign(), question.runKey()) > 0) {
                return Outcome.REPLACED;
            }
            jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, comment, answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                    question.customerId(), question.campaign(), question.runKey(), score, kept, now);
            return Outcome.RECORDED;
        }).orElse(Outcome.NO_CUSTOMER);
    }

    static String comment(String written) {
        String trimmed = written == null ? "" : written.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() <= MAX_COMMENT) {
            return trimmed;
        }
        // never cut between the two halves of an emoji (a surrogate pair)
        int end = Character.isHighSurrogate(trimmed.charAt(MAX_COMMENT - 1)) ? MAX_COMMENT - 1 : MAX_COMMENT;
        return trimmed.substring(0, end);
    }

    /** What an answer did. */
    enum Outcome {
        RECORDED, REPLACED, NO_CUSTOMER
    }
}
