package fi.kanta.run;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.RunDefinitions;
import fi.kanta.outbox.RunContext;
import fi.kanta.selection.RecipientSelection;
import fi.kanta.selection.SelectionResult;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
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
 * The campaign job, one instance per run (identified by {@code campaign} + {@code runKey}, docs/architecture.md
 * "Job identity"): {@code selectRecipientsStep} writes the outbox in one transaction, then the
 * templates and fonts are checked before anything is sent, letters are printed and emails sent
 * (the outbox's delivery steps). A restart (kanta resume, or run again) skips what completed and
 * continues from the outbox.
 */
// no @Bean method here calls another, so no subclass of it has to be generated at every start
@Configuration(proxyBeanMethods = false)
class CampaignJobConfiguration {

    static final String JOB = "campaignJob";
    static final String LAUNCHED_AT = "launchedAt";
    static final String OWNER = "owner";
    static final String SELECT_ONLY = "selectOnly";

    @Bean
    Job campaignJob(JobRepository jobRepository, Step selectRecipientsStep, Step checkDeliveryStep, Step printLettersStep,
            Step sendEmailsStep, LaunchClaims launchClaims, RunEnd runEnd,
            FailureInShopWords failureInShopWords) {
        JobExecutionDecider selectOnly = (job, step) -> new FlowExecutionStatus(
                "true".equals(job.getJobParameters().getString(SELECT_ONLY)) ? "SELECT_ONLY" : "DELIVER");
        return new JobBuilder(JOB, jobRepository)
                .listener(launchClaims)
                // the run's result against its holdout, kept for the console's home page
                .listener(runEnd)
                // a refusal kept in the shop's words, for the console's page of a run it did not launch
                .listener(failureInShopWords)
                .start(selectRecipientsStep)
                .next(selectOnly)
                // --select-only: the run stops with its outbox written; resuming it starts at the checks
                .on("SELECT_ONLY").stopAndRestart(checkDeliveryStep)
                .from(selectOnly).on("*").to(checkDeliveryStep)
                .next(printLettersStep)
                .next(sendEmailsStep)
                .end()
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
    Tasklet selectRecipients(RunDefinitions definitions, RecipientSelection selection) {
        return (contribution, chunk) -> {
            JobParameters parameters = chunk.getStepContext().getStepExecution().getJobParameters();
            String runKey = parameters.getString(RunContext.RUN_KEY);
            Campaign campaign = definitions.of(parameters.getString(RunContext.CAMPAIGN), runKey);
            SelectionResult result = selection.write(campaign, runKey,
                    LocalDateTime.parse(parameters.getString(LAUNCHED_AT)));
            contribution.incrementWriteCount(result.targets() + result.holdout());
            return RepeatStatus.FINISHED;
        };
    }
}
