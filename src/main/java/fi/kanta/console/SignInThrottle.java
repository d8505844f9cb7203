package fi.kanta.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_FAILURES} failed sign-ins under one name, or from one
 * client address, each further check of a password under that name or from that address waits
 * first, 1 s, 2 s, 4 s ... up to {@link #LONGEST_WAIT}. It waits rather than refuses, so the real
 * user is never locked out, even while someone else keeps failing under their name: their right
 * password still signs them in, a little later, and clears the count for their name and address.
 * Counts are forgotten {@link #MEMORY} after the last failure, and kept in memory only (a restart
 * forgets them too, and takes longer than the longest wait).
 */
@Component
public class SignInThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    static final Duration MEMORY = Duration.ofMinutes(15);
    /** More keys than this (someone trying very many names or addresses): the stale ones go first. */
    private static final int MOST_KEYS = 10_000;

    /** How a wait is spent: sleeping, in the application. */
    interface Pause {
        void pause(Duration wait) throws InterruptedException;
    }

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Pause pause;

    @Autowired
    SignInThrottle(ObjectProvider<Clock> clock) {
        this(clock.getIfAvailable(Clock::systemUTC), wait -> Thread.sleep(wait.toMillis()));
    }

    SignInThrottle(Clock clock, Pause pause) {
        this.clock = clock;
        this.pause = pause;
    }

    /** The check of name and password, after the wait this name and address have earned. */
    AuthenticationManager around(AuthenticationManager passwords) {
        return attempt -> {
            Duration wait = waitFor(String.valueOf(attempt.getName()), clientOf(attempt.getDetails()));
            if (!wait.isZero()) {
                try {
                    pause.pause(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AuthenticationServiceException("sign-in interrupted", e);
                }
            }
            return passwords.authenticate(attempt);
        };
    }

    /** How long the next check of a password under this name from this address waits. */
    Duration waitFor(String name, String client) {
        int count = Math.max(count(nameKey(name)), count(clientKey(client)));
        if (count < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    void failed(String name, String client) {
        Instant now = clock.instant();
        if (failures.size() > MOST_KEYS) {
            failures.values().removeIf(stale -> stale.last().plus(MEMORY).isBefore(now));
            if (failures.size() > MOST_KEYS) {
                failures.clear();
            }
        }
        for (String key : new String[] {nameKey(name), clientKey(client)}) {
            failures.merge(key, new Failures(1, now), (before, one) -> new Failures(fresh(before, now) ? before.count() + 1 : 1, now));
        }
    }

    void succeeded(String name, String client) {
        failures.remove(nameKey(name));
        failures.remove(clientKey(client));
    }

    private int count(String key) {
        Failures counted = failures.get(key);
        return counted != null && fresh(counted, clock.instant()) ? counted.count() : 0;
    }

    private static boolean fresh(Failures counted, Instant now) {
        return !counted.last().plus(MEMORY).isBefore(now);
    }

    private static String nameKey(String name) {
        return "name:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }

    private static String clientOf(Object details) {
        return details instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "unknown";
    }
}
