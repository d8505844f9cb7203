package fi.kanta.run;

import fi.kanta.ProcessOwner;
import fi.kanta.outbox.RunContext;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets one process at a time start a run's job execution, across processes and nodes sharing the
 * database. Spring Batch 6 creates a job instance and its execution in two transactions; a second
 * launcher that looks between them finds the instance without an execution and starts a second
 * execution of the same run (the newsletter would be selected and sent by both). A launcher claims
 * the run first; the claim ends when the execution exists (the job's first callback) or the launch
 * is over. From then on the job repository itself says "already running" or "already done".
 * A claim left by a process that died while launching is void after a minute.
 */
@Component
class LaunchClaims implements JobExecutionListener {

    private final JdbcTemplate jdbc;

    LaunchClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc; // auto-commit: each statement is its own transaction, seen at once by the other nodes
    }

    /** True when this process may launch the run now; false while another process is launching it. */
    boolean claim(String campaign, String runKey) {
        jdbc.update("DELETE FROM campaign_launch WHERE campaign = ? AND run_key = ? AND claimed_at < LOCALTIMESTAMP - INTERVAL '1' MINUTE",
                campaign, runKey);
        try {
            jdbc.update("INSERT INTO campaign_launch (campaign, run_key, owner, claimed_at) VALUES (?, ?, ?, LOCALTIMESTAMP)",
                    campaign, runKey, ProcessOwner.current().toString());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void release(String campaign, String runKey) {
        jdbc.update("DELETE FROM campaign_launch WHERE campaign = ? AND run_key = ? AND owner = ?", campaign, runKey,
                ProcessOwner.current().toString());
    }

    /** The execution exists now: the next launcher gets Spring Batch's own answer. */
    @Override
    public void beforeJob(JobExecution execution) {
        release(execution.getJobParameters().getString(RunContext.CAMPAIGN),
                execution.getJobParameters().getString(RunContext.RUN_KEY));
    }
}
