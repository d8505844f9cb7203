package fi.kanta.schedule;

import fi.kanta.UserError;
import fi.kanta.progress.Progress;
import fi.kanta.erasure.Erasures;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What {@code kanta serve} does every minute, one thing after another on one thread: imports the
 * inbox, scores nightly, launches due campaign runs and resumes stale ones, removes what passed its
 * retention period nightly. What happened is told
 * to {@link Progress}, a line each; a failure is told and logged, and the next minute tries again.
 */
@Component
public class ServeLoop {

    private static final Logger LOG = LoggerFactory.getLogger(ServeLoop.class);

    private final Inbox inbox;
    private final NightlyScore score;
    private final CampaignScheduler scheduler;
    private final Progress progress;
    private final Erasures erasures;
    private final NightlyRetention retention;
    private final Words words;
    private ScheduledExecutorService timer;

    public ServeLoop(Inbox inbox, NightlyScore score, CampaignScheduler scheduler, Progress progress, Erasures erasures,
            NightlyRetention retention, Words words) {
        this.words = words;
        this.erasures = erasures;
        this.retention = retention;
        this.inbox = inbox;
        this.progress = progress;
        this.score = score;
        this.scheduler = scheduler;
    }

    /** One round; returns what happened, in the marketer's language. */
    public List<String> once(Clock clock) {
        List<String> happened = new ArrayList<>();
        try {
            happened.addAll(inbox.sweep(clock));
            score.runIfDue(clock).ifPresent(happened::add);
        } catch (UserError e) {
            happened.add(words.text("serve.scoring-skipped", SaidError.said(e, words)));
        }
        happened.addAll(scheduler.tick(clock));
        // what passed its retention period goes once a night, then the database is compacted
        retention.runIfDue(clock).ifPresent(happened::add);
        // erasures from the customers' pages: no copy of them stays in the database's files
        if (erasures.compactIfOwed()) {
            happened.add(words.text("serve.compacted-after-erasures"));
        }
        return happened;
    }

    /** Starts the rounds: at once, then every minute; says when the first is done. */
    public synchronized void start(Clock clock) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kanta-serve-loop"));
        timer.execute(() -> {
            round(clock);
            progress.message(stamp(clock) + words.text("serve.first-round-done"));
        });
        timer.scheduleWithFixedDelay(() -> round(clock), 1, 1, TimeUnit.MINUTES);
    }

    private void round(Clock clock) {
        try {
            once(clock).forEach(line -> progress.message(stamp(clock) + line));
        } catch (RuntimeException e) {
            progress.message(stamp(clock) + words.text("serve.round-failed", SaidError.said(e, words)));
            LOG.error("serve round failed", e);
        }
    }

    /** A line's time: the shop's, as every time Kanta shows (serve names the zone when it starts), whatever the machine's zone. */
    private String stamp(Clock clock) {
        return LocalDateTime.now(clock.withZone(words.zone())).withNano(0) + "  ";
    }

    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
