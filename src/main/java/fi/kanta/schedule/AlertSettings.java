package fi.kanta.schedule;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who hears of a scheduled run that failed ({@code kanta.alerts.*}, documented in application.properties).
 *
 * @param email      the addresses an alert goes to, comma-separated; none: no alert (the log and the console still say it)
 * @param consoleUrl the console's address as the people alerted open it (the run's page is under it)
 */
@ConfigurationProperties("kanta.alerts")
public record AlertSettings(@DefaultValue("") List<String> email, @DefaultValue("http://127.0.0.1:8081") String consoleUrl) {

    public AlertSettings {
        email = email == null ? List.of() : email.stream().map(String::strip).filter(address -> !address.isEmpty()).toList();
        consoleUrl = consoleUrl == null ? "" : consoleUrl.strip().replaceAll("/+$", "");
    }
}
