package fi.kanta.campaign;

import fi.kanta.ProcessOwner;
import fi.kanta.UserError;
import fi.kanta.campaign.SelectionResult.Groups;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Launches campaign runs: the run key is the campaign's period at the launch time in its zone
 * (or given), and the job instance is (campaign, run key), so the same run cannot happen twice
 * however it was started.
 */
@Service
public class CampaignRuns {

    private static final Pattern RUN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final JobOperator jobOperator;
    private final Job campaignJob;
    private final JdbcTemplate jdbc;

    private final JobRepository jobRepository;
    private final Campaigns campaigns;
    private final RunLeases leases;
    private final LaunchClaims claims;
    private final Outbox outbox;

    CampaignRuns(JobOperator jobOperator, Job campaignJob, JdbcTemplate jdbc, JobRepository jobRepository, Campaigns campaigns,
            RunLeases leases, LaunchClaims claims, Outbox outbox) {
        this.jobOperator = jobOperator;
        this.campaignJob = campaignJob;
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.campaigns = campaigns;
        this.leases = leases;
        this.claims = claims;
        this.outbox = outbox;
    }

    /** How a launch went. */
    public enum Status {
        DONE, SELECTED, FAILED, ALREADY_DONE, ALREADY_RUNNING,
        /** Sent what it could, but some emails may not have arrived: resume with --resend-unconfirmed to send them again. */
        UNCONFIRMED
    }

    public record Launch(Status status, Campaign campaign, String runKey, Optional<SelectionResult> result, String problem,
            String delivery) {

        /** What happened, for the marketer: one line, then the funnel when the run recorded one. */
        public String describe(String currency) {
            String run = campaign.name() + "/" + runKey;
            String headline = switch (status) {
                case ALREADY_DONE -> run + " has already run; a run happens once (use --run-key to start another)";
                case ALREADY_RUNNING -> run + " is running in another process";
                case FAILED -> run + " failed: " + problem + System.lineSeparator()
                        + "Fix the cause and run the same command again to resume it.";
                case UNCONFIRMED -> run + ": sent, but " + problem;
                case DONE -> run + ": done";
                case SELECTED -> run + ": recipients selected into the outbox, nothing sent yet; send with: kanta resume " + run;
            };
            return headline + System.lineSeparator() + result.map(r -> SelectionReport.format(campaign, r, currency)).orElse("")
                    + delivery;
        }
    }

    /** The run key for a launch now (or the one given, checked). */
    public static String runKey(Campaign campaign, ZonedDateTime now, String given) {
        if (given == null) {
            return campaign.period().runKey(now.withZoneSameInstant(campaign.zone()));
        }
        if (!RUN_KEY.matcher(given).matches()) {
            throw new UserError("a run key is 1 to 40 letters, digits, dots, dashes or underscores (it names the run's folder), not \""
                    + given + "\"");
        }
        return given;
    }

    public Launch launch(Campaign campaign, String runKey, LocalDateTime now) {
        return launch(campaign, runKey, now, false);
    }

    /** With {@code selectOnly}, the run stops once its outbox is written (resume it to deliver). */
    public Launch launch(Campaign campaign, String runKey, LocalDateTime now, boolean selectOnly) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(CampaignJobConfiguration.CAMPAIGN, campaign.name(), true)
                .addString(CampaignJobConfiguration.RUN_KEY, runKey, true)
                .addString(CampaignJobConfiguration.LAUNCHED_AT, now.toString(), false)
                .addString(CampaignJobConfiguration.OWNER, ProcessOwner.current().toString(), false)
                .addString(CampaignJobConfiguration.SELECT_ONLY, String.valueOf(selectOnly), false)
                .toJobParameters();
        if (!claims.claim(campaign.name(), runKey)) {
            return launchedElsewhere(campaign, runKey);
        }
        JobExecution execution;
        try {
            execution = start(parameters);
        } catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException e) {
            return launchedElsewhere(campaign, runKey);
        } catch (Exception e) {
            throw new UserError("cannot start " + campaign.name() + "/" + runKey + ": " + e.getMessage(), e);
        } finally {
            claims.release(campaign.name(), runKey);
        }
        if (execution.getStatus() == BatchStatus.STOPPED && selectOnly) {
            return new Launch(Status.SELECTED, campaign, runKey, recorded(campaign, runKey), null, delivery(campaign, runKey));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Status status = failedFor(execution, UnconfirmedEmails.class) ? Status.UNCONFIRMED : Status.FAILED;
            return new Launch(status, campaign, runKey, recorded(campaign, runKey), problem(execution), delivery(campaign, runKey));
        }
        return new Launch(Status.DONE, campaign, runKey, recorded(campaign, runKey), null, delivery(campaign, runKey));
    }

    /** The run was launched before (or is being launched by another process): done, or still running. */
    private Launch launchedElsewhere(Campaign campaign, String runKey) {
        JobExecution last = jobRepository.getLastJobExecution(CampaignJobConfiguration.JOB, identity(campaign, runKey));
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return new Launch(Status.ALREADY_DONE, campaign, runKey, recorded(campaign, runKey), null, delivery(campaign, runKey));
        }
        return new Launch(Status.ALREADY_RUNNING, campaign, runKey, Optional.empty(), null, "");
    }

    /**
     * Starts the job. The job repository creates executions in serializable transactions: on
     * PostgreSQL, launches of other runs at the same moment (another node's) can fail one with a
     * serialization failure before anything ran, and trying again is what PostgreSQL advises.
     */
    private JobExecution start(JobParameters parameters) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return jobOperator.start(campaignJob, parameters);
            } catch (ConcurrencyFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Resumes a run that stopped: one that FAILED, or one left STARTED by a process that is gone
     * (its pid no longer runs on this host, or, from another host, no heartbeat within the lease).
     * A run still alive is left alone. Without a run, the newest stale one.
     */
    public Launch resume(String run, LocalDateTime now) {
        return resume(run, now, false);
    }

    /**
     * As {@link #resume(String, LocalDateTime)}; with {@code resendUnconfirmed}, the run's emails
     * that may not have arrived are sent again (the marketer prefers a possible duplicate to a
     * missing message), marked so that the report counts them.
     */
    public Launch resume(String run, LocalDateTime now, boolean resendUnconfirmed) {
        String chosen = run != null ? run : newestStale().orElseThrow(() -> new UserError(
                "no stale run to resume (a run that failed resumes with: kanta resume CAMPAIGN/RUN-KEY)"));
        int slash = chosen.indexOf('/');
        if (slash < 1) {
            throw new UserError("a run is written CAMPAIGN/RUN-KEY, e.g. win-back/2026-W48, not \"" + chosen + "\"");
        }
        Campaign campaign = campaigns.named(chosen.substring(0, slash));
        String runKey = chosen.substring(slash + 1);
        JobExecution last = jobRepository.getLastJobExecution(CampaignJobConfiguration.JOB, identity(campaign, runKey));
        if (last == null) {
            throw new UserError("there is no run " + chosen + " (start it with: kanta run " + campaign.name() + ")");
        }
        if (last.getStatus().isRunning()) {
            if (!leases.isStale(last)) {
                throw new UserError(chosen + " is still running in process " + last.getJobParameters().getString(CampaignJobConfiguration.OWNER)
                        + " (last heartbeat " + leases.heartbeat(last).withNano(0) + "); it is left alone");
            }
            System.out.println(chosen + ": taking over from process " + last.getJobParameters().getString(CampaignJobConfiguration.OWNER)
                    + ", gone since its last heartbeat at " + leases.heartbeat(last).withNano(0));
            jobOperator.recover(last);
        }
        if (resendUnconfirmed) {
            int again = outbox.resendUnconfirmed(outbox.runId(campaign.name(), runKey), now);
            System.out.printf("%s: %,d email(s) that may not have arrived will be sent again%n", chosen, again);
        }
        return launch(campaign, runKey, now);
    }

    /** The newest run left STARTED by a process that is gone, as CAMPAIGN/RUN-KEY. */
    public Optional<String> newestStale() {
        return leases.newestStale();
    }

    /** Whether the run was ever launched (whatever became of it). */
    public boolean exists(Campaign campaign, String runKey) {
        return jobRepository.getJobInstance(CampaignJobConfiguration.JOB, identity(campaign, runKey)) != null;
    }

    private static JobParameters identity(Campaign campaign, String runKey) {
        return new JobParametersBuilder()
                .addString(CampaignJobConfiguration.CAMPAIGN, campaign.name(), true)
                .addString(CampaignJobConfiguration.RUN_KEY, runKey, true).toJobParameters();
    }

    /** The funnel a run recorded, if it got as far as writing its outbox. */
    public Optional<SelectionResult> recorded(Campaign campaign, String runKey) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class,
                campaign.name(), runKey);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long runId = ids.get(0);
        long[] members = {0};
        Map<FunnelStage, Long> removed = new EnumMap<>(FunnelStage.class);
        Map<ChannelType, Groups> channels = new EnumMap<>(ChannelType.class);
        jdbc.query("SELECT stage, channel, customers FROM campaign_funnel WHERE run_id = ?", row -> {
            String stage = row.getString(1);
            long n = row.getLong(3);
            switch (stage) {
                case "segment" -> members[0] = n;
                case "target" -> channels.merge(ChannelType.of(row.getString(2)), new Groups(n, 0), CampaignRuns::add);
                case "holdout" -> channels.merge(ChannelType.of(row.getString(2)), new Groups(0, n), CampaignRuns::add);
                default -> removed.put(FunnelStage.of(stage), n);
            }
        }, runId);
        BigDecimal letterCost = SelectionResult.letterCost(campaign, channels);
        return Optional.of(new SelectionResult(campaign.name(), runKey, members[0], removed, channels, letterCost, List.of(),
                List.of(), OptionalLong.of(runId), 0));
    }

    /** Where the run's recipients stand, per channel and status, and where its files are. */
    private String delivery(Campaign campaign, String runKey) {
        StringBuilder out = new StringBuilder();
        jdbc.query("SELECT r.channel, r.status, COUNT(*) FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id"
                + " WHERE u.campaign = ? AND u.run_key = ? GROUP BY r.channel, r.status ORDER BY r.channel, r.status",
                row -> {
                    out.append(String.format("    %-8s %-12s %,10d%n", row.getString(1), row.getString(2), row.getLong(3)));
                }, campaign.name(), runKey);
        if (out.isEmpty()) {
            return "";
        }
        return "  delivery (channel, status, customers):" + System.lineSeparator() + out
                + "  files: out/" + campaign.name() + "/" + runKey + "/" + System.lineSeparator();
    }

    private static Groups add(Groups a, Groups b) {
        return new Groups(a.targets() + b.targets(), a.holdout() + b.holdout());
    }

    private static boolean failedFor(JobExecution execution, Class<? extends UserError> reason) {
        return execution.getAllFailureExceptions().stream().anyMatch(failure -> {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (reason.isInstance(cause)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static String problem(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof UserError) {
                    return cause.getMessage();
                }
            }
        }
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage()).orElse("the run ended " + execution.getStatus());
    }
}
