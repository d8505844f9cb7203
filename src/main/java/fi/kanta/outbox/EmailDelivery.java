package fi.kanta.outbox;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.campaign.ChannelType;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.delivery.DeliveryStatus;
import fi.kanta.delivery.Mailer;
import fi.kanta.delivery.Mailers;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.progress.Progress;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.Renderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Sends a run's emails, one claimed batch per tasklet call: claim (committed) → render → hand to
 * the mailer → record each outcome (committed). Failures of single messages are outcomes recorded
 * on their rows, never a rollback, so nothing that left is sent again; at most one claim batch is
 * in flight, which bounds what a crash can leave UNCONFIRMED. Each call commits the step's
 * execution too, which is the run's heartbeat. Ends FAILED while temporary failures remain, so that
 * the run can be resumed.
 */
class EmailDelivery implements Tasklet, StepExecutionListener {

    private final Campaigns campaigns;
    private final Outbox outbox;
    private final MessageModels models;
    private final CampaignEmails emails;
    private final Renderer renderer;
    private final Mailers mailers;
    private final KantaHome home;
    private final int claimBatch;
    private final Progress messages;

    private RunContext run;
    private Optional<Campaign.Channel> channel;
    private CampaignTemplates templates;
    private Mailer mailer;
    private DeliveryProgress progress;
    private long nextRanking;
    private long lastRanking;

    EmailDelivery(Campaigns campaigns, Outbox outbox, MessageModels models, CampaignEmails emails, Renderer renderer,
            Mailers mailers, KantaHome home, int claimBatch, Progress messages) {
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.models = models;
        this.emails = emails;
        this.renderer = renderer;
        this.mailers = mailers;
        this.home = home;
        this.claimBatch = claimBatch;
        this.messages = messages;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = RunContext.of(stepExecution.getJobParameters(), campaigns, outbox);
        channel = run.campaign().channel(ChannelType.EMAIL);
        if (channel.isEmpty()) {
            return;
        }
        int unconfirmed = outbox.prepareRestart(run.runId(), ChannelType.EMAIL, true, run.now());
        if (unconfirmed > 0) {
            messages.message("  %,d emails were being sent when an earlier attempt stopped: marked UNCONFIRMED, not sent again",
                    unconfirmed);
        }
        long pending = outbox.count(run.runId(), ChannelType.EMAIL, "PENDING");
        if (pending == 0) {
            return;
        }
        nextRanking = 1;
        lastRanking = outbox.lastRanking(run.runId());
        templates = renderer.open(channel.get().template());
        Path folder = home.out(run.campaign().name(), run.runKey(), "emails");
        mailer = mailers.open(folder);
        progress = new DeliveryProgress(messages, "emails", pending);
        messages.message("Sending %,d emails to %s", pending, mailers.destination(folder));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (mailer == null) {
            return RepeatStatus.FINISHED;
        }
        if (nextRanking > lastRanking) {
            messages.message(progress.line());
            long failed = outbox.count(run.runId(), ChannelType.EMAIL, "FAILED");
            if (failed > 0) {
                throw new UserError(String.format("%,d emails failed for now (the server was unreachable or said try later);"
                        + " kanta resume %s sends them again", failed, run.name()));
            }
            return RepeatStatus.FINISHED;
        }
        // the next window of rankings: at most claimBatch rows in flight
        List<Long> claimed = outbox.claim(run.runId(), ChannelType.EMAIL, channel.get().consent(), nextRanking,
                Math.min(nextRanking + claimBatch - 1, lastRanking), run.now());
        nextRanking += claimBatch;
        if (claimed.isEmpty()) {
            return RepeatStatus.CONTINUABLE;
        }
        List<Map<String, Object>> recipients = models.forRun(run.campaign(), run.runKey(), run.runId(), ChannelType.EMAIL,
                claimed, run.runDay());
        List<Long> customers = new ArrayList<>();
        List<OutgoingEmail> outgoing = new ArrayList<>();
        List<DeliveryOutcome> refused = new ArrayList<>();
        List<Long> refusedCustomers = new ArrayList<>();
        // rendering is pure CPU and thread-safe: both cores render while the mailer's threads send
        List<Object> built = java.util.stream.IntStream.range(0, claimed.size()).parallel()
                .mapToObj(i -> build(claimed.get(i), recipients.get(i))).toList();
        for (int i = 0; i < built.size(); i++) {
            if (built.get(i) instanceof OutgoingEmail email) {
                customers.add(claimed.get(i));
                outgoing.add(email);
            } else {
                refusedCustomers.add(claimed.get(i));
                refused.add((DeliveryOutcome) built.get(i));
            }
        }
        List<DeliveryOutcome> outcomes = mailer.send(outgoing);
        outbox.record(run.runId(), customers, outcomes, run.now());
        outbox.record(run.runId(), refusedCustomers, refused, run.now());
        long sent = outcomes.stream().filter(DeliveryOutcome::sent).count();
        contribution.incrementWriteCount(sent);
        progress.add(sent, claimed.size() - sent);
        return RepeatStatus.CONTINUABLE;
    }

    /** The email, or (for an address no mail server would take) a bounce to record, which suppresses it. */
    private Object build(long customerId, Map<String, Object> model) {
        try {
            return emails.email(run.campaign(), run.runKey(), customerId, model, templates.email(model));
        } catch (IllegalArgumentException e) {
            return new DeliveryOutcome(emails.messageId(run.campaign().name(), run.runKey(), customerId), DeliveryStatus.BOUNCED,
                    0, e.getMessage(), 0);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (mailer != null) {
            mailer.close();
        }
        return stepExecution.getExitStatus();
    }
}
