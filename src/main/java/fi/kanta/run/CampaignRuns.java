package fi.kanta.run;

import fi.kanta.ProcessOwner;
import fi.kanta.UserError;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.customer.MoneySettings;
import fi.kanta.outbox.RunContext;
import fi.kanta.progress.Progress;
import fi.kanta.selection.Funnels;
import fi.kanta.selection.RecipientSelection;
import fi.kanta.selection.SelectionReport;
import fi.kanta.selection.SelectionResult;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
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
 * Launches, resumes and dry-runs campaign runs: the run key is the campaign's period at the launch
 * time in its zone (or given), and the job instance is (campaign, run key), so the same run cannot
 * happen twice however it was started.
 */
@Service
public class CampaignRuns {

    private final JobOperator jobOperator;
    private final Job campaignJob;
    private final JdbcTemplate jdbc;

    private final JobRepository jobRepository;
    private final Campaigns campaigns;
    private final RunLeases leases;
    private final LaunchClaims claims;
    private final RecipientSelection selection;
    private final Funnels funnels;
    private final MoneySettings money;
    private final Progress progress;

    CampaignRuns(JobOperator jobOperator, Job campaignJob, JdbcTemplate jdbc, JobRepository jobRepository, Campaigns campaigns,
            RunLeases leases, LaunchClaims claims, RecipientSelection selection, Funnels funnels, MoneySettings money,
            Progress progress) {
        this.jobOperator = jobOperator;
        this.campaignJob = campaignJob;
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.campaigns = campaigns;
        this.leases = leases;
        this.claims = claims;
        this.selection = selection;
        this.funnels = funnels;
        this.money = money;
        this.progress = progress;
    }

    /** How a launch went. */
    public enum Status {
        DONE, SELECTED, FAILED, ALREADY_DONE, ALREADY_RUNNING
    }

    /** How a launch went; {@code currency} is the shop's, which the letter cost is in. */
    public record Launch(Status status, Campaign campaign, String runKey, Optional<SelectionResult> result, String problem,
            String delivery, String currency) {

        /** What happened, for the marketer: one line, then the funnel when the run recorded one. */
        public String describe() {
            String run = campaign.name() + "/" + runKey;
            String headline = switch (status) {
                case ALREADY_DONE -> run + " has already run; a run happens once (use --run-key to start another)";
                case ALREADY_RUNNING -> run + " is running in another process";
                case FAILED -> run + " failed: " + problem + System.lineSeparator()
                        + "Fix the cause and run the same command again to resume it.";
                case DONE -> run + ": done";
                case SELECTED -> run + ": recipients selected into the outbox, nothing sent yet; send with: kanta resume " + run;
            };
            return headline + System.lineSeparator() + result.map(r -> SelectionReport.format(campaign, r, currency)).orElse("")
                    + delivery;
        }
    }

    /** A whole selection shown, not written: the funnel and the first recipients. */
    public record DryRun(Campaign campaign, String runKey, SelectionResult result, String currency) {

        /** For the marketer: the run, that nothing was written and how long it took, then the funnel. */
        public String describe() {
            return String.format("%s/%s, dry run: nothing was written (%.1f s)%n", campaign.name(), runKey, result.millis() / 1000.0)
                    + SelectionReport.format(campaign, result, currency);
        }
    }

    /** Launches the named campaign now: its run for this period, or the run key given. */
    public Launch launchNow(String campaignName, String givenRunKey, boolean selectOnly) {
        Campaign campaign = campaigns.named(campaignName);
        ZonedDateTime now = ZonedDateTime.now(campaign.zone());
        return launch(campaign, campaign.runKey(now, givenRunKey), now.toLocalDateTime(), selectOnly);
    }

    /** The whole selection the named campaign's run would make now, rolled back: nothing is written. */
    public DryRun dryRun(String campaignName, String givenRunKey) {
        Campaign campaign = campaigns.named(campaignName);
        ZonedDateTime now = ZonedDateTime.now(campaign.zone());
        String runKey = campaign.runKey(now, givenRunKey);
        return new DryRun(campaign, runKey, selection.dryRun(campaign, runKey, now.toLocalDateTime()), money.baseCurrency());
    }

    public Launch launch(Campaign campaign, String runKey, LocalDateTime now) {
        return launch(campaign, runKey, now, false);
    }

    /** With {@code selectOnly}, the run stops once its outbox is written (resume it to deliver). */
    public Launch launch(Campaign campaign, String runKey, LocalDateTime now, boolean selectOnly) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(RunContext.CAMPAIGN, campaign.name(), true)
                .addString(RunContext.RUN_KEY, runKey, true)
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
            return recorded(Status.SELECTED, campaign, runKey, null);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return recorded(Status.FAILED, campaign, runKey, problem(execution));
        }
        return recorded(Status.DONE, campaign, runKey, null);
    }

    /** The run was launched before (or is being launched by another process): done, or still running. */
    private Launch launchedElsewhere(Campaign campaign, String runKey) {
        JobExecution last = jobRepository.getLastJobExecution(CampaignJobConfiguration.JOB, identity(campaign, runKey));
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return recorded(Status.ALREADY_DONE, campaign, runKey, null);
        }
        return new Launch(Status.ALREADY_RUNNING, campaign, runKey, Optional.empty(), null, "", money.baseCurrency());
    }

    /** The launch with what the run recorded: its funnel and where its recipients stand. */
    private Launch recorded(Status status, Campaign campaign, String runKey, String problem) {
        return new Launch(status, campaign, runKey, funnels.recorded(campaign, runKey), problem, delivery(campaign, runKey),
                money.baseCurrency());
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
            progress.message(chosen + ": taking over from process " + last.getJobParameters().getString(CampaignJobConfiguration.OWNER)
                    + ", gone since its last heartbeat at " + leases.heartbeat(last).withNano(0));
            jobOperator.recover(last);
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
                .addString(RunContext.CAMPAIGN, campaign.name(), true)
                .addString(RunContext.RUN_KEY, runKey, true).toJobParameters();
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
