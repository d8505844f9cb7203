package fi.kanta.console.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code life}: the home page is opened often and by several people,
 * and what it reads this way (NPS by month, from every feedback answer) changes slowly, so it is
 * read once and shown until it is that old.
 */
final class Cached<T> {

    private final Duration life;
    private final Supplier<T> source;
    private final Clock clock;
    private Instant readAt;
    private T value;

    Cached(Duration life, Clock clock, Supplier<T> source) {
        this.life = life;
        this.clock = clock;
        this.source = source;
    }

    synchronized T get() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(life))) {
            value = source.get();
            readAt = now;
        }
        return value;
    }

    /** The next {@link #get()} reads afresh. */
    synchronized void forget() {
        readAt = null;
        value = null;
    }
}
