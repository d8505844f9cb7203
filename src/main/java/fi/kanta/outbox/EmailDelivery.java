package fi.kanta.outbox;

import fi.kanta.KantaHome;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.RunDefinitions;
import fi.kanta.campaign.ChannelType;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.delivery.DeliveryStatus;
import fi.kanta.delivery.Mailer;
import fi.kanta.delivery.Mailers;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.delivery.RefusalWatch;
import fi.kanta.progress.Progress;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.Renderer;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
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
 * Sends a run's emails, one window of rankings per tasklet call: re-check consent (committed) →
 * render → hand to the mailer, whose sending threads claim each email as it leaves and record its
 * answer (committed, {@link Outbox#handOver}). Failures of single messages are outcomes recorded
 * on their rows, never a rollback, so nothing that left is sent again; at most one email per
 * connection is in flight, which bounds what a crash can leave UNCONFIRMED. Each call commits the step's
 * execution too, which is the run's heartbeat. Ends FAILED while failures remain, so that the run
 * can be resumed. Stops early, suppressing nothing, when the server refuses most of the run's
 * first messages ({@link RefusalWatch}): bounces are trusted only once the run's first answers are in.
 */
class EmailDelivery implements Tasklet, StepExecutionListener {

    private final RunDefinitions definitions;
    private final Outbox outbox;
    private final MessageModels models;
    private final CampaignEmails emails;
    private final Renderer renderer;
    private final Mailers mailers;
    private final KantaHome home;
    private final int claimBatch;
    private final Progress messages;
    private final RunTemplates kept;
    /** The marketer's: what the run tells as it goes, and why it stops. */
    private final Words words;

    private RunContext run;
    private Optional<Campaign.Channel> channel;
    private CampaignTemplates templates;
    private Mailer mailer;
    private DeliveryProgress progress;
    private long nextRanking;
    private long lastRanking;
    private RefusalWatch refusals;
    /** The customer of each email handed to the mailer and not yet answered, by Message-ID. */
    private final Map<String, Long> leaving = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean heldBouncesSuppressed;
    private boolean templatesKept;

    EmailDelivery(RunDefinitions definitions, Outbox outbox, MessageModels models, CampaignEmails emails, Renderer renderer,
            Mailers mailers, KantaHome home, int claimBatch, Progress messages, RunTemplates kept, Words words) {
        this.kept = kept;
        this.words = words;
        this.definitions = definitions;
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
        run = RunContext.of(stepExecution.getJobParameters(), definitions, outbox);
        channel = run.campaign().channel(ChannelType.EMAIL);
        if (channel.isEmpty()) {
            return;
        }
        int unconfirmed = outbox.prepareRestart(run.runId(), ChannelType.EMAIL, true, run.now());
        if (unconfirmed > 0) {
            messages.message(words.count("run.sending.unconfirmed", unconfirmed));
        }
        long pending = outbox.count(run.runId(), ChannelType.EMAIL, "PENDING");
        if (pending == 0) {
            // every message has its answer (an earlier attempt died before the held bounces were written)
            outbox.suppressBounces(run.runId(), ChannelType.EMAIL, null);
            return;
        }
        nextRanking = 1;
        lastRanking = outbox.lastRanking(run.runId());
        // the emails of earlier attempts that left (UNCONFIRMED includes those just marked so)
        long answered = outbox.count(run.runId(), ChannelType.EMAIL, "SENT") + outbox.count(run.runId(), ChannelType.EMAIL, "BOUNCED")
                + outbox.count(run.runId(), ChannelType.EMAIL, "UNCONFIRMED");
        refusals = mailers.refusalWatch(answered + pending, answered);
        heldBouncesSuppressed = false;
        templates = renderer.open(channel.get().template());
        Path folder = home.out(run.campaign().name(), run.runKey(), "emails");
        mailer = mailers.open(folder, this::handOver);
        progress = new DeliveryProgress(messages, words, "emails", pending);
        messages.message(words.text("run.sending.start", words.count("count.emails", pending), mailers.destination(folder)));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (mailer == null) {
            return finish();
        }
        if (nextRanking > lastRanking) {
            messages.message(progress.line());
            suppressBounces(null);
            long failed = outbox.count(run.runId(), ChannelType.EMAIL, "FAILED");
            if (failed > 0) {
                throw SaidError.counted("run.sending.failed", failed, RefusalWords.reply(refusals.mostCommonReply()), run.name());
            }
            return finish();
        }
        // the next window of rankings, rendered together; each email is claimed as it leaves
        List<Long> claimed = outbox.stillAllowed(run.runId(), ChannelType.EMAIL, Outbox.Contact.of(run.campaign(), ChannelType.EMAIL),
                nextRanking, Math.min(nextRanking + claimBatch - 1, lastRanking), run.now());
        nextRanking += claimBatch;
        if (claimed.isEmpty()) {
            return RepeatStatus.CONTINUABLE;
        }
        List<Recipient> recipients = models.forRun(run.campaign(), run.runKey(), run.runId(), ChannelType.EMAIL,
                claimed, run.runDay());
        // rendering is pure CPU and thread-safe: both cores render while the mailer's threads send
        List<Built> built = java.util.stream.IntStream.range(0, claimed.size()).parallel()
                .mapToObj(i -> build(recipients.get(i))).toList();
        List<Built> ready = built.stream().filter(b -> b.email() != null).toList();
        List<Built> refused = built.stream().filter(b -> b.email() == null).toList();
        ready.forEach(b -> leaving.put(b.email().messageId(), b.customer()));
        if (!ready.isEmpty() && !templatesKept) {
            kept.keepAtFirstSend(run.runId(), run.campaign(), run.now()); // the first email is claimed as it leaves
            templatesKept = true;
        }
        List<DeliveryOutcome> outcomes = mailer.send(ready.stream().map(Built::email).toList());
        outbox.record(run.runId(), refused.stream().map(Built::customer).toList(),
                refused.stream().map(Built::refusal).toList(), run.now());
        outbox.windowAnswered(run.runId(), ChannelType.EMAIL, outcomes);
        Optional<RefusalWatch.Stop> stop = refusals.count(outcomes).or(() -> refusals.count(refused.stream().map(Built::refusal).toList()));
        if (stop.isPresent()) {
            outbox.releaseHeldBounces(run.runId(), ChannelType.EMAIL, run.now());
            throw new SaidError("run.sending.stopped", RefusalWords.stop(stop.get()), run.name());
        }
        List<Long> bounced = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            if (outcomes.get(i).status() == DeliveryStatus.BOUNCED) {
                bounced.add(ready.get(i).customer());
            }
        }
        refused.stream().filter(b -> b.refusal().status() == DeliveryStatus.BOUNCED).forEach(b -> bounced.add(b.customer()));
        if (refusals.windowPassed()) {
            suppressBounces(bounced);
        }
        long sent = outcomes.stream().filter(DeliveryOutcome::sent).count();
        long skipped = outcomes.stream().filter(o -> o.status() == DeliveryStatus.SKIPPED).count();
        contribution.incrementWriteCount(sent);
        progress.add(sent, claimed.size() - sent - skipped);
        return RepeatStatus.CONTINUABLE;
    }

    /** The step's end: not as if all were sent while some emails may not have arrived. */
    private RepeatStatus finish() {
        long unconfirmed = channel.isEmpty() ? 0 : outbox.count(run.runId(), ChannelType.EMAIL, "UNCONFIRMED");
        if (unconfirmed > 0) {
            throw new UnconfirmedEmails(unconfirmed, run.name());
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Called on the mailer's sending threads around each email ({@link fi.kanta.delivery.HandOver}):
     * records the answer to the thread's previous email and claims the next.
     */
    private boolean handOver(DeliveryOutcome answered, OutgoingEmail next) {
        Long answeredCustomer = answered == null ? null : leaving.remove(answered.messageId());
        return outbox.handOver(run.runId(), answeredCustomer, answered, next == null ? null : leaving.get(next.messageId()), run.now());
    }

    /**
     * Suppresses the addresses of the bounces given; the first time, also every bounce of the run
     * held while its first answers were not yet trusted ({@code null}: only those).
     */
    private void suppressBounces(List<Long> bounced) {
        if (!heldBouncesSuppressed) {
            outbox.suppressBounces(run.runId(), ChannelType.EMAIL, null);
            heldBouncesSuppressed = true;
        } else if (bounced != null && !bounced.isEmpty()) {
            outbox.suppressBounces(run.runId(), ChannelType.EMAIL, bounced);
        }
    }

    /**
     * The email; or for an address no mail server would take, a bounce to record (which
     * suppresses it); or when the email cannot be made for another reason (a setting, a template),
     * a refusal that fails the message and counts towards stopping the run, like a server's.
     */
    private Built build(Recipient recipient) {
        try {
            return new Built(recipient.customerId(), emails.email(run.campaign(), run.runKey(), recipient,
                    templates.email(recipient.model())), null);
        } catch (CampaignEmails.UnusableAddress e) {
            return unbuilt(recipient.customerId(), DeliveryStatus.BOUNCED, e.getMessage());
        } catch (IllegalArgumentException e) {
            return unbuilt(recipient.customerId(), DeliveryStatus.REJECTED, "could not make the email: " + e.getMessage());
        }
    }

    private Built unbuilt(long customerId, DeliveryStatus status, String why) {
        return new Built(customerId, null, new DeliveryOutcome(emails.messageId(run.campaign().name(), run.runKey(), customerId),
                status, 0, why, 0));
    }

    /** One claimed customer's message: the email to send, or the refusal that made it unsendable. */
    private record Built(long customer, OutgoingEmail email, DeliveryOutcome refusal) {
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (mailer != null) {
            mailer.close();
        }
        return stepExecution.getExitStatus();
    }
}
