package fi.kanta;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties Kanta's tables and the job repository between tests that share one database. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void clean(JdbcTemplate jdbc) {
        for (String table : new String[] {"customer_pick", "campaign_launch", "campaign_funnel", "click", "campaign_recipient", "run_status_count", "run_result", "campaign_run_template_change", "campaign_run_template",
            "campaign_run_definition", "campaign_run", "feedback", "import_reject", "import_committed", "suppression", "consent_newest", "consent", "order_line", "product_name", "product", "purchase",
            "customer_interest", "customer_preference", "preference_short_code", "preference_passcode", "customer",
            "batch_step_execution_context", "batch_step_execution", "batch_job_execution_context",
            "batch_job_execution_params", "batch_job_execution", "batch_job_instance",
            "customer_score", "score_fit", "customer_score_month", "console_audit", "console_user",
            "newsletter_editorial_text", "newsletter_editorial", "pending_launch"}) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /**
     * How many outbox rows are in each status, over all runs; and, unless a run's kept counts are marked
     * behind or stale (a window whose step failed, to be recounted), the runs' kept counts say the same.
     */
    public static java.util.Map<String, Long> recipientStatuses(JdbcTemplate jdbc) {
        java.util.Map<String, Long> live = statusCounts(jdbc, "SELECT status, COUNT(*) AS n FROM campaign_recipient GROUP BY status");
        if (jdbc.queryForObject("SELECT COUNT(*) FROM campaign_run WHERE counts_behind OR counts_stale", Long.class) == 0) {
            org.assertj.core.api.Assertions.assertThat(statusCounts(jdbc, "SELECT status, SUM(recipients) AS n FROM run_status_count"
                    + " GROUP BY status HAVING SUM(recipients) <> 0")).as("the runs' kept counts").isEqualTo(live);
        }
        return live;
    }

    private static java.util.Map<String, Long> statusCounts(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForList(sql).stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("status"), r -> ((Number) r.get("n")).longValue()));
    }
}
