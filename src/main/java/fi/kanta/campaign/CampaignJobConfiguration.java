package fi.kanta.campaign;

import java.time.LocalDateTime;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The campaign job, one instance per run (identified by {@code campaign} + {@code runKey}, DESIGN
 * "Job identity"): {@code selectRecipientsStep} writes the outbox in one transaction; delivery
 * steps follow it.
 */
@Configuration
class CampaignJobConfiguration {

    static final String JOB = "campaignJob";
    static final String CAMPAIGN = "campaign";
    static final String RUN_KEY = "runKey";
    static final String LAUNCHED_AT = "launchedAt";

    @Bean
    Job campaignJob(JobRepository jobRepository, Step selectRecipientsStep) {
        return new JobBuilder(JOB, jobRepository)
                .start(selectRecipientsStep)
                .build();
    }

    @Bean
    Step selectRecipientsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet selectRecipients) {
        return new StepBuilder("selectRecipientsStep", jobRepository)
                .tasklet(selectRecipients, transactionManager)
                .build();
    }

    /** Runs the selection inside the step's transaction, so the step and the outbox commit together. */
    @Bean
    Tasklet selectRecipients(Campaigns campaigns, RecipientSelection selection) {
        return (contribution, chunk) -> {
            JobParameters parameters = chunk.getStepContext().getStepExecution().getJobParameters();
            Campaign campaign = campaigns.named(parameters.getString(CAMPAIGN));
            SelectionResult result = selection.write(campaign, parameters.getString(RUN_KEY),
                    LocalDateTime.parse(parameters.getString(LAUNCHED_AT)));
            contribution.incrementWriteCount(result.targets() + result.holdout());
            return RepeatStatus.FINISHED;
        };
    }
}
