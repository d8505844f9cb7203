package fi.kanta.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many short codes one client address may try: {@value #TRIES} in {@link #WINDOW}. A letter's
 * code is 50 random bits, so guessing is hopeless anyway; this keeps a guesser from turning the
 * page into a load on the database, and keeps honest people (who type one code, perhaps twice)
 * far from the limit. Kept in memory: a restart forgets it, which costs a guesser nothing it could
 * use. Behind a proxy the client address is the proxy's unless Tomcat is told to trust its
 * forwarded header ({@code server.forward-headers-strategy=native}).
 */
@Component
class ClientTries {

    static final int TRIES = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    ClientTries() {
        this(Clock.systemUTC());
    }

    ClientTries(Clock clock) {
        this.clock = clock;
    }

    /** Counts a try by {@code client}; false when it is over the limit (the try is then not counted). */
    boolean allow(String client) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (recent.size() > MAX_CLIENTS) {
            // a flood from many addresses: forget those whose tries are all old, or everyone if none are
            recent.values().removeIf(tries -> tries.isEmpty() || tries.peekLast().isBefore(since));
            if (recent.size() > MAX_CLIENTS) {
                recent.clear();
            }
        }
        Deque<Instant> tries = recent.computeIfAbsent(client, any -> new ArrayDeque<>());
        synchronized (tries) {
            while (!tries.isEmpty() && tries.peekFirst().isBefore(since)) {
                tries.pollFirst();
            }
            if (tries.size() >= TRIES) {
                return false;
            }
            tries.addLast(now);
            return true;
        }
    }

    /** Forgets every count (the tests start each from none). */
    void clear() {
        recent.clear();
    }
}
