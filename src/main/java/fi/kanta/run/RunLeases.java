package fi.kanta.run;

import fi.kanta.ProcessOwner;
import fi.kanta.campaign.CampaignSettings;
import fi.kanta.outbox.RunContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which campaign runs left STARTED are stale (docs/architecture.md "Stale runs and leases"): a run whose process surely
 * died, because its pid is gone from this host, or, run on another host, that has not committed
 * for longer than the lease ({@code kanta.campaign.lease}). Heartbeats are the job repository's
 * last-updated times, written on the machine's clock, so the lease is measured on that clock (the
 * application's {@link Clock} bean if there is one: tests move it past the lease instead of waiting).
 */
@Component
public class RunLeases {

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final CampaignSettings settings;
    private final Clock clock;

    RunLeases(JdbcTemplate jdbc, JobRepository jobRepository, CampaignSettings settings, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** A run left STARTED: who runs it, its last heartbeat, whether it is stale now and from when it will be if it stays silent. */
    public record Unfinished(String run, String owner, LocalDateTime heartbeat, boolean stale, LocalDateTime staleAfter) {
    }

    /** The runs left STARTED, newest first. */
    public List<Unfinished> unfinished() {
        return started().stream().map(e -> new Unfinished(name(e), e.getJobParameters().getString(CampaignJobConfiguration.OWNER),
                heartbeat(e), isStale(e), heartbeat(e).plus(settings.lease()))).toList();
    }

    /** The newest stale run, as CAMPAIGN/RUN-KEY. */
    public Optional<String> newestStale() {
        return started().stream().filter(this::isStale).map(RunLeases::name).findFirst();
    }

    /** STARTED, and its process surely gone: dead on this host, or silent for longer than the lease. */
    boolean isStale(JobExecution execution) {
        Optional<ProcessOwner> owner = ProcessOwner.parse(execution.getJobParameters().getString(CampaignJobConfiguration.OWNER));
        LocalDateTime started = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        if (owner.isPresent() && owner.get().isGone(started)) {
            return true;
        }
        boolean sameHost = owner.isPresent() && owner.get().host().equals(ProcessOwner.current().host());
        // the job repository writes heartbeats as local times of the machine's zone
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
        return !sameHost && heartbeat(execution).isBefore(now.minus(settings.lease()));
    }

    /** The last time the run's job or any of its steps committed. */
    LocalDateTime heartbeat(JobExecution execution) {
        Timestamp last = jdbc.queryForObject("SELECT MAX(t) FROM (SELECT last_updated AS t FROM batch_step_execution"
                + " WHERE job_execution_id = ? UNION ALL SELECT last_updated FROM batch_job_execution WHERE job_execution_id = ?) x",
                Timestamp.class, execution.getId(), execution.getId());
        return last == null ? execution.getCreateTime() : last.toLocalDateTime();
    }

    private List<JobExecution> started() {
        return jdbc.queryForList("SELECT e.job_execution_id FROM batch_job_execution e JOIN batch_job_instance i"
                        + " ON i.job_instance_id = e.job_instance_id WHERE i.job_name = ? AND e.status IN ('STARTING', 'STARTED')"
                        + " ORDER BY e.job_execution_id DESC", Long.class, CampaignJobConfiguration.JOB).stream()
                .map(jobRepository::getJobExecution).toList();
    }

    private static String name(JobExecution execution) {
        return execution.getJobParameters().getString(RunContext.CAMPAIGN) + "/"
                + execution.getJobParameters().getString(RunContext.RUN_KEY);
    }
}
