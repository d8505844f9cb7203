package fi.kanta.run;

import fi.kanta.outbox.RunContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where a campaign's runs stand in the job repository, as a page shows them, and the stop: a run
 * asked to stop ends cleanly after the messages in flight (the email step stops between its claimed
 * windows, each of which is answered before the next is claimed), ends STOPPED and can be resumed.
 */
@Service
public class RunStates {

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final RunLeases leases;

    RunStates(JdbcTemplate jdbc, JobRepository jobRepository, JobOperator jobOperator, RunLeases leases) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.leases = leases;
    }

    /**
     * A run's last execution: its status (STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED…),
     * when it started and ended, why it ended so when it did not complete, and what may be done now.
     */
    public record RunState(String campaign, String runKey, String status, LocalDateTime started, LocalDateTime ended,
            String exitMessage, boolean running, boolean stale) {

        public String run() {
            return campaign + "/" + runKey;
        }

        /** A run that stopped, failed or was left by a process that is gone goes on with a resume. */
        public boolean resumable() {
            return stale || (!running && !"COMPLETED".equals(status) && !"ABANDONED".equals(status));
        }

        /** A run working in a live process can be asked to stop. */
        public boolean stoppable() {
            return running && !stale && !"STOPPING".equals(status);
        }
    }

    /** The run's state; empty when it was never launched. */
    public Optional<RunState> of(String campaign, String runKey) {
        return lastExecution(campaign, runKey).map(this::state);
    }

    /** The campaign's newest runs, newest first, at most {@code limit}. */
    public List<RunState> recent(String campaign, int limit) {
        return jdbc.queryForList("SELECT MAX(e.job_execution_id) FROM batch_job_execution e"
                        + " JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id"
                        + " JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id"
                        + " WHERE i.job_name = ? AND p.parameter_name = ? AND p.parameter_value = ?"
                        + " GROUP BY e.job_instance_id ORDER BY MAX(e.job_execution_id) DESC",
                        Long.class, CampaignJobConfiguration.JOB, RunContext.CAMPAIGN, campaign).stream()
                .limit(limit).map(jobRepository::getJobExecution).map(this::state).toList();
    }

    /**
     * Asks the run to stop after the messages in flight; true when it was running here and is
     * stopping now, false when it was not running (or its process is gone: resume it instead).
     */
    public boolean stop(String campaign, String runKey) {
        Optional<JobExecution> last = lastExecution(campaign, runKey);
        if (last.isEmpty() || !last.get().isRunning() || leases.isStale(last.get())) {
            return false;
        }
        try {
            return jobOperator.stop(last.get());
        } catch (JobExecutionNotRunningException e) {
            return false;
        }
    }

    private Optional<JobExecution> lastExecution(String campaign, String runKey) {
        return Optional.ofNullable(jobRepository.getLastJobExecution(CampaignJobConfiguration.JOB,
                CampaignRuns.identity(campaign, runKey)));
    }

    private RunState state(JobExecution execution) {
        boolean running = execution.isRunning();
        String message = execution.getStatus() == BatchStatus.COMPLETED ? "" : execution.getExitStatus().getExitDescription();
        return new RunState(execution.getJobParameters().getString(RunContext.CAMPAIGN),
                execution.getJobParameters().getString(RunContext.RUN_KEY), execution.getStatus().name(),
                execution.getStartTime(), execution.getEndTime(), firstLine(message), running, running && leases.isStale(execution));
    }

    /** The exit description's first line: the cause, without the stack trace the job repository keeps. */
    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
