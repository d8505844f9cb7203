package fi.kanta.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.MovingClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rate limiter asks for the pauses that keep to the rate; the clock and the sleeper are fakes. */
class RateLimiterTest {

    /** A clock that moves only when told, or when the sleeper sleeps. */
    private static final class FakeTime extends MovingClock implements Sleeper {
        private final RecordingSleeper pauses = new RecordingSleeper();

        FakeTime() {
            super(Instant.parse("2026-11-23T10:00:00Z"));
        }

        @Override
        public void sleep(Duration pause) {
            pauses.sleep(pause);
            pass(pause);
        }
    }

    @Test
    void fourMessagesASecondAreSpacedAQuarterOfASecondApart() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(4, time, time);

        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }

        assertThat(time.pauses.pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250),
                Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void timeSpentElsewhereCountsTowardTheNextSlotButIdleTimeGivesNoBurst() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(10, time, time);

        limiter.acquire();
        time.pass(Duration.ofMillis(40));
        limiter.acquire(); // 60 ms left of the 100 ms slot
        time.pass(Duration.ofSeconds(5));
        limiter.acquire(); // long idle: at once
        limiter.acquire(); // but the next still waits a full slot

        assertThat(time.pauses.pauses).containsExactly(Duration.ofMillis(60), Duration.ofMillis(100));
    }

    @Test
    void callersAtTheSameMomentTakeConsecutiveSlots() throws Exception {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        RecordingSleeper sleeper = new RecordingSleeper();
        RateLimiter limiter = new RateLimiter(2000, frozen, sleeper);

        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }

        assertThat(sleeper.pauses).containsExactly(Duration.ofNanos(500_000), Duration.ofNanos(1_000_000),
                Duration.ofNanos(1_500_000));
    }

    @Test
    void noLimitNeverPauses() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(0, time, time);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire();
        }
        assertThat(time.pauses.pauses).isEmpty();
    }

    @Test
    void theSmtpMailerWaitsForTheLimiterBeforeEveryMessage() throws Exception {
        try (FaultySmtpServer server = new FaultySmtpServer()) {
            Clock frozen = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
            RecordingSleeper limiterPauses = new RecordingSleeper();
            try (SmtpMailer mailer = new SmtpMailer(SmtpServer.at("127.0.0.1", server.port()),
                    new EmailComposer(Emails.CLOCK), Emails.settings(2, 0), new RateLimiter(5, frozen, limiterPauses),
                    new RecordingSleeper())) {
                mailer.send(Emails.many(6));
            }
            assertThat(limiterPauses.pauses).containsExactlyInAnyOrder(Duration.ofMillis(200), Duration.ofMillis(400),
                    Duration.ofMillis(600), Duration.ofMillis(800), Duration.ofMillis(1000));
        }
    }
}
