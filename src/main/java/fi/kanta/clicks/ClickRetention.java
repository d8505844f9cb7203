package fi.kanta.clicks;

import fi.kanta.customer.CustomerChoices;
import fi.kanta.shop.ShopSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clicks are kept {@code kanta.clicks.retention-days} (shop days) and no longer; the clicks of a
 * customer who chose "do not profile me" go too (segments read none of them anyway). {@code kanta
 * serve} runs it in its first round of each day.
 */
@Component
public class ClickRetention {

    private final JdbcTemplate jdbc;
    private final ClickSettings settings;
    private final ShopSettings shop;
    private LocalDate lastDay;

    public ClickRetention(JdbcTemplate jdbc, ClickSettings settings, ShopSettings shop) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.shop = shop;
    }

    /** Deletes the clicks past their time, once per shop day; how many, or -1 when it already ran today. */
    public synchronized int deleteExpiredIfDue(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(shop.timeZone()));
        if (today.equals(lastDay)) {
            return -1;
        }
        int deleted = deleteExpired(today);
        lastDay = today;
        return deleted;
    }

    /** Deletes clicks from before the start of the day {@code retention-days} before {@code today}. */
    public int deleteExpired(LocalDate today) {
        return jdbc.update("DELETE FROM click WHERE clicked_at < ?", Timestamp.valueOf(today.minusDays(settings.retentionDays()).atStartOfDay()))
                + jdbc.update("DELETE FROM click WHERE customer_id IN (" + CustomerChoices.NOT_PROFILED_SET + ")");
    }
}
