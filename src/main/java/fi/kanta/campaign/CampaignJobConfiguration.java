package fi.kanta.campaign;

import fi.kanta.KantaHome;
import fi.kanta.delivery.Mailers;
import fi.kanta.render.Renderer;
import java.time.LocalDateTime;
import org.springframework.batch.core.configuration.annotation.StepScope;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The campaign job, one instance per run (identified by {@code campaign} + {@code runKey}, docs/architecture.md
 * "Job identity"): {@code selectRecipientsStep} writes the outbox in one transaction, then the
 * templates and fonts are checked before anything is sent, letters are printed and emails sent.
 * A restart (kanta resume, or run again) skips what completed and continues from the outbox.
 */
@Configuration
class CampaignJobConfiguration {

    static final String JOB = "campaignJob";
    static final String CAMPAIGN = "campaign";
    static final String RUN_KEY = "runKey";
    static final String LAUNCHED_AT = "launchedAt";
    static final String OWNER = "owner";
    static final String SELECT_ONLY = "selectOnly";

    @Bean
    Job campaignJob(JobRepository jobRepository, Step selectRecipientsStep, Step checkDeliveryStep, Step printLettersStep,
            Step sendEmailsStep, LaunchClaims launchClaims) {
        JobExecutionDecider selectOnly = (job, step) -> new FlowExecutionStatus(
                "true".equals(job.getJobParameters().getString(SELECT_ONLY)) ? "SELECT_ONLY" : "DELIVER");
        return new JobBuilder(JOB, jobRepository)
                .listener(launchClaims)
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

    /** Templates and letter fonts checked before anything is sent; run again on every restart. */
    @Bean
    Step checkDeliveryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Campaigns campaigns,
            Outbox outbox, MessageModels models, Renderer renderer, JdbcTemplate jdbc) {
        return new StepBuilder("checkDeliveryStep", jobRepository)
                .tasklet(new DeliveryCheck(campaigns, outbox, models, renderer, jdbc), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step printLettersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Campaigns campaigns,
            Outbox outbox, MessageModels models, Renderer renderer, KantaHome home) {
        return new StepBuilder("printLettersStep", jobRepository)
                .tasklet(new LetterPrinting(campaigns, outbox, models, renderer, home), transactionManager)
                .build();
    }

    @Bean
    Step sendEmailsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, EmailDelivery emailDelivery) {
        return new StepBuilder("sendEmailsStep", jobRepository)
                .tasklet(emailDelivery, transactionManager)
                .listener(emailDelivery)
                .build();
    }

    /** One per step execution: it holds the run's open mailer and progress. */
    @Bean
    @StepScope
    EmailDelivery emailDelivery(Campaigns campaigns, Outbox outbox, MessageModels models, CampaignEmails emails, Renderer renderer,
            Mailers mailers, KantaHome home, CampaignSettings settings) {
        return new EmailDelivery(campaigns, outbox, models, emails, renderer, mailers, home, settings.claimBatch());
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
