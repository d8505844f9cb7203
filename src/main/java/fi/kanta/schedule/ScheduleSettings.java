package fi.kanta.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How {@code kanta serve} treats a scheduled time it was not running at ({@code kanta.schedule.*}).
 *
 * @param catchUpWindow how long after its time a scheduled run is still sent late (default 6 hours):
 *                      a newsletter due Thursday afternoon is still news that evening, not on Sunday
 */
@ConfigurationProperties("kanta.schedule")
public record ScheduleSettings(@DefaultValue("6h") Duration catchUpWindow) {
}
