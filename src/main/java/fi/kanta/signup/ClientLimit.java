package fi.kanta.signup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code allowed} form submissions per client address within a sliding window. Kept in this
 * process's memory: it holds for one {@code kanta serve} (two serve nodes behind one proxy allow
 * twice as many) and starts empty after a restart, which is enough to keep one bot from filling
 * mailboxes; the per-address limit is in the database and holds across nodes and restarts.
 */
final class ClientLimit {

    /** Clients remembered at most; past it the one heard from longest ago is forgotten (a flood of addresses costs bounded memory). */
    static final int MAX_CLIENTS = 100_000;

    private final int allowed;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    ClientLimit(int allowed, Duration window) {
        this.allowed = allowed;
        this.window = window;
    }

    /** Counts one submission from the client at {@code now}; false when it is one too many (and then it is not counted). */
    synchronized boolean admit(String client, Instant now) {
        Instant since = now.minus(window);
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        if (times.size() >= allowed) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
