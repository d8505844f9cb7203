package fi.kanta.signup;

import fi.kanta.customer.EmailAddress;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.links.SignupLinks.SignupToken;
import fi.kanta.shop.ShopSettings;
import fi.kanta.signup.SignupStore.Signup;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newsletter sign-up with double opt-in (docs/architecture.md "Sign-up"). A submission is
 * answered at once and the same way whoever the address belongs to: the work that differs (the
 * address's daily limit, recording the sign-up, sending the confirmation email) happens afterwards
 * on one background thread, so neither the answer nor its timing tells whether the address is
 * known, limited or new. Nothing is subscribed until the person opens the emailed link and presses
 * the button on its page ({@link #confirm}): the newsletter consent, source double-opt-in, is then
 * written for every customer with the address, or for a new prospect.
 *
 * <p>Nothing personal goes to the log: sign-ups are named by their id.
 */
@Service
public class Signups {

    private static final Logger log = LoggerFactory.getLogger(Signups.class);
    /** Sign-ups waiting for the background thread at most; more are dropped (and logged), answered the same. */
    static final int QUEUE = 1000;

    private final SignupStore store;
    private final ConfirmationEmails emails;
    private final SignupSettings settings;
    private final ShopSettings shop;
    private final TransactionTemplate transaction;
    private final List<AfterConfirmation> afterConfirmation;
    private final Clock clock;
    private final ClientLimit clients;
    private final ThreadPoolExecutor background;

    Signups(SignupStore store, ConfirmationEmails emails, SignupSettings settings, ShopSettings shop,
            PlatformTransactionManager transactions, ObjectProvider<AfterConfirmation> afterConfirmation, ObjectProvider<Clock> clock) {
        this.store = store;
        this.emails = emails;
        this.settings = settings;
        this.shop = shop;
        this.transaction = new TransactionTemplate(transactions);
        this.afterConfirmation = afterConfirmation.orderedStream().toList();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.clients = new ClientLimit(settings.submissionsPerClient(), settings.clientWindow());
        this.background = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUE), runnable -> {
            Thread thread = new Thread(runnable, "signup-emails");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
        background.allowCoreThreadTimeOut(true);
    }

    /** What became of a submission, as far as the person who sent it may know. */
    public enum Answer {
        /** "Check your inbox": whatever happens next (or does not), the answer is this. */
        CHECK_YOUR_INBOX,
        /** Too many submissions from this client address lately: nothing was done. */
        TOO_MANY
    }

    /**
     * A submission of the form from {@code client} (its address, see the web's client address): counted
     * toward the client's limit; a filled trap field (no person sees it) does nothing more; else the
     * sign-up is recorded and its email sent in the background.
     */
    public Answer submit(String client, SignupForm form, boolean trapFilled) {
        if (!clients.admit(client, clock.instant())) {
            log.info("sign-up refused: too many from one client address");
            return Answer.TOO_MANY;
        }
        if (trapFilled) {
            log.info("sign-up ignored: the hidden field was filled (a bot)");
            return Answer.CHECK_YOUR_INBOX;
        }
        if (background.getQueue().remainingCapacity() == 0) {
            log.warn("sign-up dropped: {} are waiting for their confirmation emails already", QUEUE);
        }
        background.execute(() -> record(form, client));
        return Answer.CHECK_YOUR_INBOX;
    }

    /** Records the sign-up and sends its email, unless the address had its emails for the day. */
    private void record(SignupForm form, String client) {
        try {
            LocalDateTime now = now();
            SignupToken token = transaction.execute(status -> {
                int removed = store.removeExpired(now);
                if (removed > 0) {
                    log.info("{} expired sign-ups removed", removed);
                }
                if (store.requestedSince(form.emailKey(), now.minusDays(1)) >= settings.emailsPerAddress()) {
                    return null;
                }
                return store.add(form, client, now, now.plus(settings.expiry()));
            });
            if (token == null) {
                log.info("sign-up not recorded: its address had {} confirmation emails in the last 24 hours", settings.emailsPerAddress());
                return;
            }
            DeliveryOutcome outcome = emails.send(form, token);
            if (outcome.sent()) {
                log.info("sign-up {}: confirmation email sent", token.signupId());
            } else {
                // the server's reply may quote the address, so only its code goes to the log
                log.warn("sign-up {}: confirmation email not sent ({}, reply code {})", token.signupId(), outcome.status(),
                        outcome.replyCode());
            }
        } catch (RuntimeException e) {
            log.error("sign-up failed: {}", e.getClass().getSimpleName(), e);
        }
    }

    /** The sign-up a genuine link names while its link works (not expired, or already confirmed). */
    public Optional<Pending> find(SignupToken token) {
        return store.find(token, now()).map(Signups::pending);
    }

    /**
     * Confirms the sign-up (the POST of its page): the newsletter consent with source
     * double-opt-in for every customer with the address, or a new prospect, and the proof (time and
     * {@code client}); then every {@link AfterConfirmation}. All in one transaction. Empty when the
     * link does not work (expired, removed); a second confirmation changes nothing.
     */
    public Optional<Confirmed> confirm(SignupToken token, String client) {
        return Optional.ofNullable(transaction.execute(status -> {
            LocalDateTime now = now();
            Optional<Signup> found = store.find(token, now);
            if (found.isEmpty()) {
                return null;
            }
            Signup signup = found.get();
            if (!store.markConfirmed(signup, client, now)) {
                return new Confirmed(pending(signup), false);
            }
            List<Long> customers = store.grant(signup, now);
            String emailKey = EmailAddress.key(signup.email());
            afterConfirmation.forEach(after -> after.confirmed(emailKey, customers, now));
            log.info("sign-up {} confirmed: newsletter granted to {} customer(s)", signup.id(), customers.size());
            return new Confirmed(pending(signup), true);
        }));
    }

    /** Waits until every sign-up submitted so far is recorded and its email sent (for tests and an orderly stop). */
    public void awaitSent() {
        try {
            background.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(shop.timeZone()));
    }

    private static Pending pending(Signup signup) {
        return new Pending(signup.email(), signup.firstName(), signup.language(), signup.confirmed());
    }

    /** A sign-up as its page shows it. */
    public record Pending(String email, String firstName, String language, boolean confirmed) {
    }

    /** A confirmation: the sign-up, and whether this click confirmed it (false: it already was). */
    public record Confirmed(Pending signup, boolean now) {
    }
}
