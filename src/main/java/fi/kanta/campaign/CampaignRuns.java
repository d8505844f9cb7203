package fi.kanta.campaign;

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

    CampaignRuns(JobOperator jobOperator, Job campaignJob, JdbcTemplate jdbc) {
        this.jobOperator = jobOperator;
        this.campaignJob = campaignJob;
        this.jdbc = jdbc;
    }

    /** How a launch went. */
    public enum Status {
        DONE, FAILED, ALREADY_DONE, ALREADY_RUNNING
    }

    public record Launch(Status status, Campaign campaign, String runKey, Optional<SelectionResult> result, String problem) {

        /** What happened, for the marketer: one line, then the funnel when the run recorded one. */
        public String describe(String currency) {
            String run = campaign.name() + "/" + runKey;
            String headline = switch (status) {
                case ALREADY_DONE -> run + " has already run; a run happens once (use --run-key to start another)";
                case ALREADY_RUNNING -> run + " is running in another process";
                case FAILED -> run + " failed: " + problem + System.lineSeparator()
                        + "Fix the cause and run the same command again to resume it.";
                case DONE -> run + ": recipients selected into the outbox";
            };
            return headline + System.lineSeparator() + result.map(r -> SelectionReport.format(campaign, r, currency)).orElse("");
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
        JobParameters parameters = new JobParametersBuilder()
                .addString(CampaignJobConfiguration.CAMPAIGN, campaign.name(), true)
                .addString(CampaignJobConfiguration.RUN_KEY, runKey, true)
                .addString(CampaignJobConfiguration.LAUNCHED_AT, now.toString(), false)
                .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(campaignJob, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            return new Launch(Status.ALREADY_DONE, campaign, runKey, recorded(campaign, runKey), null);
        } catch (JobExecutionAlreadyRunningException e) {
            return new Launch(Status.ALREADY_RUNNING, campaign, runKey, Optional.empty(), null);
        } catch (Exception e) {
            throw new UserError("cannot start " + campaign.name() + "/" + runKey + ": " + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new Launch(Status.FAILED, campaign, runKey, recorded(campaign, runKey), problem(execution));
        }
        return new Launch(Status.DONE, campaign, runKey, recorded(campaign, runKey), null);
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

    private static Groups add(Groups a, Groups b) {
        return new Groups(a.targets() + b.targets(), a.holdout() + b.holdout());
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
