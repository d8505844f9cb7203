package fi.kanta.run;

import fi.kanta.ProcessOwner;
import fi.kanta.UserError;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.campaign.Campaigns;
import fi.kanta.campaign.RunDefinitions;
import fi.kanta.outbox.RunTemplates;
import fi.kanta.outbox.ShopIdentity;
import fi.kanta.shop.MoneySettings;
import fi.kanta.outbox.DeliveryDoubts;
import fi.kanta.outbox.RecipientCounts;
import fi.kanta.outbox.UnconfirmedEmails;
import fi.kanta.outbox.RunContext;
import fi.kanta.progress.Progress;
import fi.kanta.selection.Funnels;
import fi.kanta.selection.RecipientSelection;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final JobRepository jobRepository;
    private final Campaigns campaigns;
    private final RunLeases leases;
    private final LaunchClaims claims;
    private final RecipientSelection selection;
    private final Funnels funnels;
    private final RecipientCounts recipients;
    private final MoneySettings money;
    private final Progress progress;
    private final DeliveryDoubts doubts;
    private final RunDefinitions definitions;
    private final RunTemplates templates;
    private final ShopIdentity shop;
    private final List<BeforeNewRun> beforeNewRuns;
    /** The marketer's: what a resume tells and why it refuses. */
    private final Words words;

    CampaignRuns(JobOperator jobOperator, Job campaignJob, JobRepository jobRepository, Campaigns campaigns, RunLeases leases,
            LaunchClaims claims, RecipientSelection selection, Funnels funnels, RecipientCounts recipients, MoneySettings money,
            Progress progress, DeliveryDoubts doubts, RunDefinitions definitions, RunTemplates templates, ShopIdentity shop,
            Words words, org.springframework.beans.factory.ObjectProvider<BeforeNewRun> beforeNewRuns) {
        this.shop = shop;
        this.words = words;
        this.beforeNewRuns = beforeNewRuns.orderedStream().toList();
        this.definitions = definitions;
        this.templates = templates;
        this.jobOperator = jobOperator;
        this.campaignJob = campaignJob;
        this.jobRepository = jobRepository;
        this.campaigns = campaigns;
        this.leases = leases;
        this.claims = claims;
        this.selection = selection;
        this.funnels = funnels;
        this.recipients = recipients;
        this.money = money;
        this.progress = progress;
        this.doubts = doubts;
    }

    /** Launches the named campaign now: its run for this period, or the run key given. */
    public Launch launchNow(String campaignName, String givenRunKey, boolean selectOnly) {
        Campaign campaign = campaigns.named(campaignName);
        if (!selectOnly) { // refused before the run exists; the delivery check refuses again at every restart
            shop.requireForSending(campaign.name(), campaign.channel(ChannelType.LETTER).isPresent(),
                    campaign.channel(ChannelType.EMAIL).isPresent());
        }
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

    /**
     * With {@code selectOnly}, the run stops once its outbox is written (resume it to deliver). A new
     * run keeps the definition in {@code jobs/} as it is now; a run that exists goes on with the one
     * it keeps ({@link RunDefinitions}), whatever {@code campaign} says.
     */
    public Launch launch(Campaign given, String runKey, LocalDateTime now, boolean selectOnly) {
        Campaign campaign = given;
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
            // under the claim: no other process creates this run's job instance meanwhile
            boolean isNew = !exists(campaign, runKey);
            if (isNew) {
                for (BeforeNewRun before : beforeNewRuns) {
                    before.beforeNewRun(campaign, runKey, now.atZone(campaign.zone()));
                }
            }
            campaign = definitions.atLaunch(campaign.name(), runKey, isNew).campaign();
            execution = start(parameters);
        } catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException e) {
            return launchedElsewhere(campaign, runKey);
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            throw new SaidError(e, "run.cannot-start", campaign.name() + "/" + runKey, e.getMessage());
        } finally {
            claims.release(campaign.name(), runKey);
        }
        if (execution.getStatus() == BatchStatus.STOPPED && selectOnly) {
            return recorded(Launch.Status.SELECTED, campaign, runKey, null);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Launch.Status status = failedFor(execution, UnconfirmedEmails.class) ? Launch.Status.UNCONFIRMED : Launch.Status.FAILED;
            return recorded(status, campaign, runKey, problem(execution));
        }
        return recorded(Launch.Status.DONE, campaign, runKey, null);
    }

    /** The run was launched before (or is being launched by another process): done, or still running. */
    private Launch launchedElsewhere(Campaign campaign, String runKey) {
        JobExecution last = jobRepository.getLastJobExecution(CampaignJobConfiguration.JOB, identity(campaign, runKey));
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return recorded(Launch.Status.ALREADY_DONE, campaign, runKey, null);
        }
        return new Launch(Launch.Status.ALREADY_RUNNING, campaign, runKey, Optional.empty(), null, List.of(), money.baseCurrency());
    }

    /** The launch with what the run recorded: its funnel and where its recipients stand. */
    private Launch recorded(Launch.Status status, Campaign campaign, String runKey, UserError problem) {
        return new Launch(status, campaign, runKey, funnels.recorded(campaign, runKey), problem,
                recipients.of(campaign.name(), runKey), money.baseCurrency());
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
        return resume(run, now, resendUnconfirmed, false);
    }

    /**
     * As {@link #resume(String, LocalDateTime, boolean)}. The run goes on with the definition it keeps.
     * After its first send, a template changed since refuses the resume, unless {@code acceptChanges}:
     * then the changes are recorded and the run goes on with the changed templates.
     */
    public Launch resume(String run, LocalDateTime now, boolean resendUnconfirmed, boolean acceptChanges) {
        String chosen = run != null ? run : newestStale().orElseThrow(() -> new SaidError("run.resume.none-stale"));
        int slash = chosen.indexOf('/');
        if (slash < 1) {
            throw new SaidError("run.resume.written", chosen);
        }
        String name = chosen.substring(0, slash);
        String runKey = chosen.substring(slash + 1);
        JobExecution last = jobRepository.getLastJobExecution(CampaignJobConfiguration.JOB, identity(name, runKey));
        if (last == null) {
            campaigns.named(name); // no such campaign says so first
            throw new SaidError("run.resume.no-run", chosen, name);
        }
        Campaign campaign = definitions.of(name, runKey);
        if (last.getStatus().isRunning()) {
            if (!leases.isStale(last)) {
                throw new SaidError("run.resume.still-running", chosen,
                        last.getJobParameters().getString(CampaignJobConfiguration.OWNER), leases.heartbeat(last).withNano(0));
            }
            progress.message(words.text("run.resume.taking-over", chosen,
                    last.getJobParameters().getString(CampaignJobConfiguration.OWNER), leases.heartbeat(last).withNano(0)));
            jobOperator.recover(last);
        }
        if (last.getStatus() == BatchStatus.COMPLETED) {
            return launch(campaign, runKey, now); // "already done": nothing of it goes on
        }
        if (acceptChanges) {
            Set<String> accepted = templates.acceptChanges(name, runKey, campaign, LocalDateTime.now(campaign.zone()));
            progress.message(accepted.isEmpty() ? words.text("run.resume.templates-unchanged", chosen)
                    : words.text("run.resume.templates-changed", chosen, RunTemplates.files(accepted)));
        } else {
            templates.requireUnchanged(name, runKey, campaign);
        }
        if (resendUnconfirmed) {
            int again = doubts.resendUnconfirmed(campaign.name(), runKey, now);
            progress.message(words.count("run.resume.resending", again, chosen));
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
        return identity(campaign.name(), runKey);
    }

    static JobParameters identity(String campaign, String runKey) {
        return new JobParametersBuilder()
                .addString(RunContext.CAMPAIGN, campaign, true)
                .addString(RunContext.RUN_KEY, runKey, true).toJobParameters();
    }

    private static boolean failedFor(JobExecution execution, Class<? extends UserError> reason) {
        return UserError.firstAmong(execution.getAllFailureExceptions(), reason).isPresent();
    }

    /** What the run failed with: its refusal, said later in its reader's language; an unexpected error as it is. */
    private static UserError problem(JobExecution execution) {
        return UserError.firstAmong(execution.getAllFailureExceptions(), UserError.class)
                .or(() -> execution.getAllFailureExceptions().stream().findFirst()
                        .map(e -> new UserError(e.getClass().getSimpleName() + ": " + e.getMessage(), e)))
                .orElse(new SaidError("run.ended", execution.getStatus()));
    }
}
