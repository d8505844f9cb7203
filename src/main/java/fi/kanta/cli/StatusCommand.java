package fi.kanta.cli;

import fi.kanta.KantaHome;
import fi.kanta.customer.CustomerData;
import fi.kanta.run.RunLeases;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;

/** {@code kanta status}: what the database holds and how the latest imports went. */
@Command(name = "status", description = "Show what the database holds and the latest imports.")
public class StatusCommand implements KantaCommand {

    @Override
    public int call(ApplicationContext context) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String url;
        try (var connection = jdbc.getDataSource().getConnection()) {
            url = connection.getMetaData().getURL();
        }
        System.out.println("Kanta home: " + context.getBean(KantaHome.class).home());
        System.out.println("Database:   " + url.replaceAll(";.*", ""));
        System.out.println();
        System.out.print(CustomerData.counts(jdbc, ""));
        // the newest complete snapshot: score_fit rows are written last
        var scores = jdbc.queryForList("SELECT f.as_of, MAX(f.customers) AS customers FROM score_fit f"
                + " WHERE f.as_of = (SELECT MAX(as_of) FROM score_fit) GROUP BY f.as_of");
        System.out.println(scores.isEmpty() ? "scores         none yet (kanta score)"
                : String.format("scores         as of %s for %,d customers", scores.get(0).get("as_of"),
                        ((Number) scores.get(0).get("customers")).longValue()));
        System.out.println();
        System.out.println("Latest imports:");
        var rows = jdbc.queryForList("""
                SELECT e.start_time, e.status, k.parameter_value AS kind, f.parameter_value AS file,
                       s.read_count, e.exit_message
                FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id AND i.job_name = 'importJob'
                LEFT JOIN batch_job_execution_params k ON k.job_execution_id = e.job_execution_id AND k.parameter_name = 'kind'
                LEFT JOIN batch_job_execution_params f ON f.job_execution_id = e.job_execution_id AND f.parameter_name = 'file'
                LEFT JOIN batch_step_execution s ON s.job_execution_id = e.job_execution_id AND s.step_name = 'importStep'
                ORDER BY e.job_execution_id DESC
                """);
        if (rows.isEmpty()) {
            System.out.println("  none yet (kanta import KIND FILE, or kanta demo)");
        }
        rows.stream().limit(10).forEach(row -> System.out.printf("  %-19.19s  %-9s  %-12s  %,10d rows  %s%n",
                row.get("start_time"), row.get("status"), String.valueOf(row.get("kind")).toLowerCase(),
                row.get("read_count") == null ? 0L : ((Number) row.get("read_count")).longValue(), row.get("file")));
        System.out.println();
        System.out.println("Latest campaign runs:");
        var runs = jdbc.queryForList("""
                SELECT u.campaign, u.run_key, u.selected_at, r.status, COUNT(*) AS customers
                FROM campaign_run u JOIN campaign_recipient r ON r.run_id = u.id
                WHERE u.id IN (SELECT id FROM campaign_run ORDER BY selected_at DESC, id DESC FETCH FIRST 10 ROWS ONLY)
                GROUP BY u.id, u.campaign, u.run_key, u.selected_at, r.status
                ORDER BY u.selected_at DESC, u.campaign, r.status
                """);
        if (runs.isEmpty()) {
            System.out.println("  none yet (kanta run CAMPAIGN)");
        }
        runs.forEach(row -> System.out.printf("  %-19.19s  %-32s  %-11s %,10d%n", row.get("selected_at"),
                row.get("campaign") + "/" + row.get("run_key"), row.get("status"), ((Number) row.get("customers")).longValue()));
        printUnfinished(context.getBean(RunLeases.class));
        return ExitCode.DONE;
    }

    /** Runs left STARTED: still running, or stale (their process died) and waiting to be resumed. */
    private static void printUnfinished(RunLeases leases) {
        List<RunLeases.Unfinished> unfinished = leases.unfinished();
        if (unfinished.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Runs not finished:");
        for (RunLeases.Unfinished run : unfinished) {
            System.out.printf("  %-32s  process %s, last heartbeat %s%n      %s%n", run.run(), run.owner(), run.heartbeat().withNano(0),
                    run.stale() ? "STALE: its process is gone; kanta serve resumes it in its next round (or: kanta resume " + run.run() + ")"
                            : "running; should it stop, it is stale at the latest after " + run.staleAfter().withNano(0)
                                    + " (kanta.campaign.lease) and kanta serve resumes it");
        }
    }
}
