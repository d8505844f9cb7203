package fi.kanta.schedule;

import fi.kanta.retention.Retention;
import fi.kanta.retention.RetentionSettings;
import fi.kanta.retention.RetentionText;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.Words;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The nightly retention of {@code kanta serve}: once a day, in the first round after
 * {@code kanta.retention.at} (default 03:30 shop time), so at the latest in the first round of a
 * serve started later in the day. Remembered in this process only: a serve started again the same
 * day runs it once more, which finds nothing new; two serve nodes each run it, and the second
 * finds nothing left.
 */
@Component
public class NightlyRetention {

    private final Retention retention;
    private final RetentionSettings settings;
    private final ShopSettings shop;
    private final Words words;
    private LocalDate lastDay;

    public NightlyRetention(Retention retention, RetentionSettings settings, ShopSettings shop, Words words) {
        this.retention = retention;
        this.settings = settings;
        this.shop = shop;
        this.words = words;
    }

    /** Removes what expired when it is time and it has not run today; says what went. */
    public synchronized Optional<String> runIfDue(Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(shop.timeZone()));
        LocalDate today = now.toLocalDate();
        if (now.toLocalTime().isBefore(settings.at()) || today.equals(lastDay)) {
            return Optional.empty();
        }
        lastDay = today;
        return Optional.of(RetentionText.summary(retention.expire(false, clock.instant()), words));
    }
}
