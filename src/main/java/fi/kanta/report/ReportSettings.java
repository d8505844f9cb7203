package fi.kanta.report;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings: what sending one email costs (an ESP's price per message; 0 when Kanta sends
 * itself) and how many days after a run its results are measured.
 */
@ConfigurationProperties("kanta.report")
public record ReportSettings(@DefaultValue("0") BigDecimal costPerEmail, @DefaultValue("30") int windowDays) {
}
