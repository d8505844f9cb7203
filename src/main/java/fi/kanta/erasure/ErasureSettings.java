package fi.kanta.erasure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Erasure ({@code kanta.erasure.*}): what becomes of an erased customer's purchases ({@code keep}:
 * under an id of their own, outside scores, so the shop's totals stay right; {@code delete}), and
 * how long an erasure waits for a message being sent to the person at that moment.
 */
@ConfigurationProperties("kanta.erasure")
public record ErasureSettings(
        @DefaultValue("keep") Purchases purchases,
        @DefaultValue("5m") Duration sendingWait) {

    /** What an erasure does with the person's purchases. */
    public enum Purchases { KEEP, DELETE }
}
