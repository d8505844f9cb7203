package fi.kanta.signup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * At most {@code allowed} form submissions per client address within a sliding window. Kept in this
 * process's memory: it holds for one {@code kanta serve} (two serve nodes behind one proxy allow
 * twice as many) and starts empty after a restart, which is enough to keep one bot from filling
 * mailboxes; the per-address limit is in the database and holds across nodes and restarts.
 */
final class ClientLimit {

    /** Clients remembered at most; past it the oldest are forgotten first (a flood of addresses costs bounded memory). */
    static final int MAX_CLIENTS = 100_000;

    private final int allowed;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    ClientLimit(int allowed, Duration window) {
        this.allowed = allowed;
        this.window = window;
    }

    /** Counts one submission from the client at {@code now}; false when it is one too many (and then it is not counted). */
    synchronized boolean admit(String client, Instant now) {
        Instant since = now.minus(window);
        if (recent.size() >= MAX_CLIENTS) {
            forgetBefore(since);
        }
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

    private void forgetBefore(Instant since) {
        for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext();) {
            Deque<Instant> times = it.next();
            if (times.isEmpty() || !times.peekLast().isAfter(since)) {
                it.remove();
            }
        }
        if (recent.size() >= MAX_CLIENTS) {
            recent.clear(); // all busy at once: an attack; start counting again rather than grow
        }
    }
}
