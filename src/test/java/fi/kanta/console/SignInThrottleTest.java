package fi.kanta.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The sign-in throttle: free attempts first, then a wait that doubles per failure under one name or
 * from one address, never longer than the cap and never a refusal; the right password clears the
 * count; counts are forgotten after a quiet while.
 */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final List<Duration> waited = new ArrayList<>();
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, waited::add);

    @Test
    void theWaitDoublesAfterTheFreeFailuresUpToTheCap() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waits.add(throttle.waitFor("anna", "10.0.0.1"));
            throttle.failed("anna", "10.0.0.1");
        }
        assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void failuresUnderANameSlowThatNameFromEverywhereAndAnAddressEveryName() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("anna", "10.0.0." + i);
        }
        assertThat(throttle.waitFor("Anna", "192.168.1.1")).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("ville", "192.168.1.1")).isZero();

        for (int i = 0; i < 4; i++) {
            throttle.failed("name" + i, "10.9.9.9");
        }
        assertThat(throttle.waitFor("ville", "10.9.9.9")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theRightPasswordStillSignsInAfterTheWaitAndClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("anna", "right");
        assertThat(throttle.around(given -> UsernamePasswordAuthenticationToken.authenticated("anna", null, List.of()))
                .authenticate(attempt).isAuthenticated()).isTrue();
        assertThat(waited).containsExactly(Duration.ofSeconds(2));

        throttle.succeeded("anna", "10.0.0.1");
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isZero();
    }

    @Test
    void aWrongPasswordWaitsTooAndIsStillChecked() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("anna", "unknown");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> throttle.around(given -> {
            throw new BadCredentialsException("wrong");
        }).authenticate(UsernamePasswordAuthenticationToken.unauthenticated("anna", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(waited).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void countsAreForgottenAfterAQuietWhile() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        now = now.plus(SignInThrottle.MEMORY).plusSeconds(1);
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isZero();
    }
}
