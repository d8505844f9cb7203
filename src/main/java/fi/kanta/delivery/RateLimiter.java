package fi.kanta.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * At most a given number of messages per second over all connections, spaced evenly: each call
 * takes the next free slot and sleeps until it comes. No bursts after idle time, so a provider's
 * per-second limit holds in every second.
 */
public final class RateLimiter {

    private final long intervalNanos;
    private final Clock clock;
    private final Sleeper sleeper;
    private long nextSlot = Long.MIN_VALUE;

    public RateLimiter(double perSecond, Clock clock, Sleeper sleeper) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("a rate limit cannot be negative: " + perSecond);
        }
        this.intervalNanos = perSecond == 0 ? 0 : Math.max(1, Math.round(1e9 / perSecond));
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A limiter that never waits. */
    public static RateLimiter unlimited() {
        return new RateLimiter(0, Clock.systemUTC(), Sleeper.REAL);
    }

    /** Waits for the next slot. */
    public void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = nanos(clock.instant());
            long slot = Math.max(nextSlot, now);
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
