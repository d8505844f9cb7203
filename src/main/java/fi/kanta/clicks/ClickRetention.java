package fi.kanta.clicks;

import fi.kanta.customer.CustomerChoices;
import fi.kanta.retention.Cutoff;
import fi.kanta.retention.ExpiringRows;
import fi.kanta.retention.TableRows;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clicks are kept {@code kanta.clicks.retention-days} and no longer: the nightly retention
 * ({@code kanta serve}, {@code kanta retention}) deletes older ones (shop time, as they are written),
 * and with them every click of a customer who chose "do not profile me" (segments read none of them
 * anyway).
 */
@Configuration(proxyBeanMethods = false)
class ClickRetention {

    @Bean
    ExpiringRows expiringClicks(JdbcTemplate jdbc, ClickSettings settings) {
        return TableRows.deleting(jdbc, "clicks", Duration.ofDays(settings.retentionDays()), "click",
                "clicked_at < ? OR customer_id IN (" + CustomerChoices.NOT_PROFILED_SET + ")", Cutoff::shopTime);
    }
}
