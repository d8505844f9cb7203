package fi.kanta.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends through an SMTP server over a fixed number of connections, each kept open and used by its
 * own thread; all of them share one {@link RateLimiter}. Pushed emails wait in a short queue, so
 * the pushing thread renders the next messages while the connections send. Each thread tells the
 * {@link HandOver} before an email leaves and records its answer (with the next email's leaving,
 * in one call, when the next is already waiting), so at most one email per connection is ever
 * marked as leaving without its answer; an email's outcome is handed back only once recorded.
 */
public final class SmtpMailer implements Mailer {

    private static final Job CLOSE = new Job(null, null);

    private final BlockingQueue<Job> queue;
    private final List<Thread> senders = new ArrayList<>();
    private final List<Job> pushed = new ArrayList<>();
    private final AtomicInteger sessionsOpened = new AtomicInteger();
    private final AtomicReference<String> unreachable = new AtomicReference<>();
    private final HandOver handOver;
    private final AtomicReference<RuntimeException> broken = new AtomicReference<>();
    private boolean closed;

    /** A mailer whose pusher keeps no record around each email. */
    public SmtpMailer(SmtpServer server, EmailComposer composer, DeliverySettings settings, RateLimiter rateLimiter,
            Sleeper sleeper) {
        this(server, composer, settings, rateLimiter, sleeper, HandOver.NONE);
    }

    public SmtpMailer(SmtpServer server, EmailComposer composer, DeliverySettings settings, RateLimiter rateLimiter,
            Sleeper sleeper, HandOver handOver) {
        this.handOver = handOver;
        this.queue = new ArrayBlockingQueue<>(settings.connections() * 8);
        for (int i = 1; i <= settings.connections(); i++) {
            SmtpConnection connection = new SmtpConnection(server, composer, settings, rateLimiter, sleeper,
                    sessionsOpened::incrementAndGet, unreachable);
            Thread sender = new Thread(() -> sendFromQueue(connection), "smtp-" + i);
            sender.setDaemon(true);
            sender.start();
            senders.add(sender);
        }
    }

    @Override
    public void push(OutgoingEmail email) {
        if (closed) {
            throw new IllegalStateException("this mailer is closed");
        }
        Job job = new Job(email, new CompletableFuture<>());
        pushed.add(job);
        put(job);
    }

    @Override
    public List<DeliveryOutcome> flush() {
        List<DeliveryOutcome> outcomes = pushed.stream().map(job -> job.outcome().join()).toList();
        pushed.clear();
        return outcomes;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        senders.forEach(sender -> put(CLOSE));
        for (Thread sender : senders) {
            try {
                sender.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Why the server is taken to be down, once connecting failed through all retries: from then on
     * every email is reported FAILED_RETRYABLE without a try, and the run should stop.
     */
    public Optional<String> unreachable() {
        return Optional.ofNullable(unreachable.get());
    }

    /** SMTP sessions opened so far (one per connection unless some were dropped and reopened). */
    public int sessionsOpened() {
        return sessionsOpened.get();
    }

    /**
     * One connection's loop: take an email, have it marked as leaving (together with the record of
     * the previous one's answer when it follows at once), send it, and so on. When the queue is
     * empty the last answer is recorded before waiting, so no answer waits unrecorded. When the
     * record cannot be kept (the database is gone), nothing more is sent: the emails still queued
     * fail with that error, and so does the flush that waits for them.
     */
    private void sendFromQueue(SmtpConnection connection) {
        try (connection) {
            Job answered = null;
            DeliveryOutcome answer = null;
            for (;;) {
                Job job = answered == null ? queue.take() : queue.poll();
                if (job == CLOSE || job == null) {
                    if (answered != null) {
                        record(answered, answer, null);
                        answered = null;
                    }
                    if (job == CLOSE) {
                        return;
                    }
                    continue;
                }
                boolean mayLeave = record(answered, answer, job);
                answered = null;
                if (!mayLeave) {
                    continue;
                }
                answered = job;
                answer = send(connection, job.email());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Records {@code answer} of {@code answered} (if any) and marks {@code next} (if any) as leaving,
     * completing the jobs concerned; returns whether {@code next} may leave.
     */
    private boolean record(Job answered, DeliveryOutcome answer, Job next) {
        RuntimeException failure = broken.get();
        if (failure == null) {
            try {
                boolean mayLeave = handOver.record(answered == null ? null : answer, next == null ? null : next.email());
                if (answered != null) {
                    answered.outcome().complete(answer);
                }
                if (next != null && !mayLeave) {
                    next.outcome().complete(DeliveryOutcome.skipped(next.email().messageId()));
                }
                return mayLeave;
            } catch (RuntimeException e) {
                broken.compareAndSet(null, e);
                failure = broken.get();
            }
        }
        // the record is not kept: an email sent now could be sent again, so none is
        if (answered != null) {
            answered.outcome().completeExceptionally(failure);
        }
        if (next != null) {
            next.outcome().completeExceptionally(failure);
        }
        return false;
    }

    private static DeliveryOutcome send(SmtpConnection connection, OutgoingEmail email) {
        try {
            return connection.deliver(email);
        } catch (RuntimeException e) {
            // a bug, not a server's answer: whether the message left is unknown, so it is not resent
            return new DeliveryOutcome(email.messageId(), DeliveryStatus.UNCONFIRMED, 0, "unexpected error while sending: " + e, 1);
        }
    }

    private void put(Job job) {
        try {
            queue.put(job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over an email", e);
        }
    }

    private record Job(OutgoingEmail email, CompletableFuture<DeliveryOutcome> outcome) {
    }
}
