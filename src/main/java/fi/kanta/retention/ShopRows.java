package fi.kanta.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows Kanta's own features keep for a while (README "Retention" says why each period). Never
 * here: outbox rows (reports, the frequency cap, "last contacted" and the holdout's measurement count
 * them), consents and their proofs (confirmed sign-ups), suppressions, erasures and the requests log.
 */
// no @Bean method here calls another, so no subclass of it has to be generated at every start
@Configuration(proxyBeanMethods = false)
class ShopRows {

    /** The server's answer may quote the address; the row's status stays for reports. */
    @Bean
    ExpiringRows deliveryAnswers(JdbcTemplate jdbc, RetentionSettings settings) {
        return TableRows.clearing(jdbc, "delivery-answers", settings.deliveryAnswers(), "campaign_recipient", "detail = NULL",
                "detail IS NOT NULL AND status_at < ? AND status NOT IN ('PENDING', 'SENDING')", Cutoff::shopTime);
    }

    /** A comment is free text that may say anything about anyone; the score stays for NPS. */
    @Bean
    ExpiringRows feedbackComments(JdbcTemplate jdbc, RetentionSettings settings) {
        return TableRows.clearing(jdbc, "feedback-comments", settings.feedbackComments(), "feedback", "comment = NULL",
                "comment IS NOT NULL AND answered_at < ?", Cutoff::shopTime);
    }

    @Bean
    ExpiringRows consoleAudit(JdbcTemplate jdbc, RetentionSettings settings) {
        return TableRows.deleting(jdbc, "console-audit", settings.consoleAudit(), "console_audit", "happened_at < ?", Cutoff::shopTime);
    }

    /** Imports whose last execution ended (or, unfinished, was created) before the cutoff, in the job repository's clock. */
    private static final String OLD_IMPORTS = "import_id IN (SELECT e.job_instance_id FROM batch_job_execution e"
            + " GROUP BY e.job_instance_id HAVING MAX(COALESCE(e.end_time, e.create_time)) < ?)";

    /** What a cleared reject row's reason says. */
    static final String EXPIRED_REASON = "expired";

    /**
     * A rejected row keeps its line (the count of an attempt's rejected rows decides whether the same
     * file is imported again: docs/architecture.md "Job identity"); its value and reason, which
     * may quote the customer, are cleared.
     */
    @Bean
    ExpiringRows importRejects(JdbcTemplate jdbc, RetentionSettings settings) {
        return TableRows.clearing(jdbc, "import-rejects", settings.importReports(), "import_reject",
                "value = NULL, reason = '" + EXPIRED_REASON + "'", "(value IS NOT NULL OR reason <> '" + EXPIRED_REASON + "') AND "
                        + OLD_IMPORTS, Cutoff::jobRepositoryTime);
    }

    @Bean
    ExpiringRows importWarnings(JdbcTemplate jdbc, RetentionSettings settings) {
        return TableRows.deleting(jdbc, "import-warnings", settings.importReports(), "import_warning", OLD_IMPORTS,
                Cutoff::jobRepositoryTime);
    }

    /** A confirmed sign-up is the proof of a consent and stays; an unconfirmed one is dead after its expiry. */
    @Bean
    ExpiringRows expiredSignups(JdbcTemplate jdbc, RetentionSettings settings) {
        return TableRows.deleting(jdbc, "expired-signups", settings.codes(), "signup", "confirmed_at IS NULL AND expires_at < ?",
                Cutoff::shopTime);
    }

    /** Kept a while past their 15 minutes: the limit of codes an hour per customer counts them. */
    @Bean
    ExpiringRows oneTimeCodes(JdbcTemplate jdbc, RetentionSettings settings) {
        return TableRows.deleting(jdbc, "one-time-codes", settings.codes(), "preference_passcode", "expires_at < ?", Cutoff::utc);
    }

    @Bean
    ExpiringRows shortCodes(JdbcTemplate jdbc, RetentionSettings settings) {
        return TableRows.deleting(jdbc, "short-codes", settings.codes(), "preference_short_code", "expires_at < ?", Cutoff::utc);
    }
}
