package fi.kanta.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** N submissions per client in a sliding window, each client counted apart; a refused one is not counted. */
class ClientLimitTest {

    private static final Instant T = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void theNextSubmissionInTheWindowIsRefusedAndOneIsAllowedAgainWhenTheFirstLeavesIt() {
        ClientLimit limit = new ClientLimit(3, Duration.ofMinutes(10));

        assertThat(limit.admit("192.0.2.1", T)).isTrue();
        assertThat(limit.admit("192.0.2.1", T.plusSeconds(60))).isTrue();
        assertThat(limit.admit("192.0.2.1", T.plusSeconds(120))).isTrue();
        assertThat(limit.admit("192.0.2.1", T.plusSeconds(180))).isFalse();
        assertThat(limit.admit("192.0.2.2", T.plusSeconds(180))).as("another client").isTrue();
        assertThat(limit.admit("192.0.2.1", T.plusSeconds(599))).isFalse();
        assertThat(limit.admit("192.0.2.1", T.plusSeconds(600))).as("the first left the window").isTrue();
        assertThat(limit.admit("192.0.2.1", T.plusSeconds(601))).isFalse();
    }

    @Test
    void aFloodOfClientsCostsBoundedMemoryAndForgetsTheOneHeardFromLongestAgo() {
        ClientLimit limit = new ClientLimit(1, Duration.ofMinutes(10));
        for (int i = 0; i < ClientLimit.MAX_CLIENTS; i++) {
            limit.admit("c" + i, T);
        }
        assertThat(limit.admit("c0", T.plusSeconds(1))).as("remembered, still in the window").isFalse();
        assertThat(limit.admit("c1", T.plusSeconds(1))).as("remembered, still in the window").isFalse();

        assertThat(limit.admit("new", T.plusSeconds(2))).isTrue();

        // c2 was heard from longest ago (c0 and c1 asked again) and made room for the new client
        assertThat(limit.admit("c0", T.plusSeconds(3))).isFalse();
        assertThat(limit.admit("c2", T.plusSeconds(3))).as("forgotten").isTrue();
    }
}
