package fi.kanta.outbox;

import fi.kanta.KantaHome;
import fi.kanta.campaign.CampaignSettings;
import fi.kanta.campaign.RunDefinitions;
import fi.kanta.delivery.Mailers;
import fi.kanta.progress.Progress;
import fi.kanta.render.Renderer;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.Words;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The campaign job's steps after the selection, which work from the outbox: the templates and
 * fonts checked before anything is sent, then the letters printed and the emails sent.
 */
// no @Bean method here calls another, so no subclass of it has to be generated at every start
@Configuration(proxyBeanMethods = false)
class DeliverySteps {

    /** Templates and letter fonts checked before anything is sent; run again on every restart. */
    @Bean
    Step checkDeliveryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunDefinitions definitions,
            Outbox outbox, MessageModels models, Renderer renderer, JdbcTemplate jdbc, RunTemplates templates, ShopIdentity shop) {
        return new StepBuilder("checkDeliveryStep", jobRepository)
                .tasklet(new DeliveryCheck(definitions, outbox, models, renderer, jdbc, templates, shop), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step printLettersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunDefinitions definitions,
            Outbox outbox, MessageModels models, Renderer renderer, KantaHome home, Progress progress, RunTemplates templates,
            ShopSettings shop, Words words) {
        return new StepBuilder("printLettersStep", jobRepository)
                .tasklet(new LetterPrinting(definitions, outbox, models, renderer, home, progress, templates, shop, words),
                        transactionManager)
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
    EmailDelivery emailDelivery(RunDefinitions definitions, Outbox outbox, MessageModels models, CampaignEmails emails, Renderer renderer,
            Mailers mailers, KantaHome home, CampaignSettings settings, Progress progress, RunTemplates templates, Words words) {
        return new EmailDelivery(definitions, outbox, models, emails, renderer, mailers, home, settings.claimBatch(), progress,
                templates, words);
    }
}
