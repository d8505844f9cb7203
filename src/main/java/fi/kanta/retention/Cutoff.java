package fi.kanta.retention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The moment before which something has expired, in each of the clocks Kanta's tables are written
 * in: shop time (consents, the outbox, feedback, the audit), UTC (the preferences page's codes) and
 * the JVM's zone (the job repository's times).
 */
public record Cutoff(Instant at, ZoneId shopZone) {

    public LocalDateTime shopTime() {
        return LocalDateTime.ofInstant(at, shopZone);
    }

    public LocalDateTime utc() {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public LocalDateTime jobRepositoryTime() {
        return LocalDateTime.ofInstant(at, ZoneId.systemDefault());
    }
}
