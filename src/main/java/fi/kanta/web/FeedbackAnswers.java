package fi.kanta.web;

import fi.kanta.customer.importing.ImportSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records answers to the feedback question in {@code feedback}: one row per question (customer,
 * campaign, run key); a later answer replaces the score, comment and time of the earlier one.
 * Update-then-insert in one transaction, behind a row lock on the customer, works the same on
 * HSQLDB and PostgreSQL; the table's unique key stays the arbiter should anything slip past.
 */
@Component
class FeedbackAnswers {

    /** The longest comment kept, the column's width; a longer one is cut there. */
    static final int MAX_COMMENT = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ImportSettings shop;
    private final Clock clock;

    @Autowired
    FeedbackAnswers(JdbcTemplate jdbc, PlatformTransactionManager transactions, ImportSettings shop) {
        this(jdbc, new TransactionTemplate(transactions), shop, Clock.systemUTC());
    }

    FeedbackAnswers(JdbcTemplate jdbc, TransactionTemplate transaction, ImportSettings shop, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.shop = shop;
        this.clock = clock;
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
        return transaction.execute(status -> {
            // a row lock on the customer (changing nothing) serialises two answers to the same question
            if (jdbc.update("UPDATE customer SET external_id = external_id WHERE id = ?", question.customerId()) == 0) {
                return Outcome.NO_CUSTOMER;
            }
            // answer times are shop-local, like consent times, so "within last days" counts shop days
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock.withZone(shop.timeZone())));
            if (jdbc.update("UPDATE feedback SET score = ?, comment = ?, answered_at = ? WHERE customer_id = ? AND campaign = ?"
                    + " AND run_key = ?", score, kept, now, question.customerId(), question.campaign(), question.runKey()) > 0) {
                return Outcome.REPLACED;
            }
            jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, comment, answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                    question.customerId(), question.campaign(), question.runKey(), score, kept, now);
            return Outcome.RECORDED;
        });
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
