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
 * the pushing thread renders the next messages while the connections send.
 */
public final class SmtpMailer implements Mailer {

    private static final Job CLOSE = new Job(null, null);

    private final BlockingQueue<Job> queue;
    private final List<Thread> senders = new ArrayList<>();
    private final List<Job> pushed = new ArrayList<>();
    private final AtomicInteger sessionsOpened = new AtomicInteger();
    private final AtomicReference<String> unreachable = new AtomicReference<>();
    private boolean closed;

    public SmtpMailer(SmtpServer server, EmailComposer composer, DeliverySettings settings, RateLimiter rateLimiter,
            Sleeper sleeper) {
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

    private void sendFromQueue(SmtpConnection connection) {
        try (connection) {
            for (Job job = queue.take(); job != CLOSE; job = queue.take()) {
                try {
                    job.outcome().complete(connection.deliver(job.email()));
                } catch (RuntimeException e) {
                    // a bug, not a server's answer: whether the message left is unknown, so it is not resent
                    job.outcome().complete(new DeliveryOutcome(job.email().messageId(), DeliveryStatus.UNCONFIRMED,
                            0, "unexpected error while sending: " + e, 1));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
