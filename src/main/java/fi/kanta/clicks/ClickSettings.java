package fi.kanta.clicks;

import fi.kanta.words.SaidError;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the shop counts clicks ({@code kanta.clicks.*}, documented in the home's kanta.properties):
 * {@code enabled} (off unless the shop turns it on), {@code retention-days} (how long a click is kept,
 * and how long a counted link leads anywhere) and {@code extra-hosts} (hosts besides the web shop's
 * and the product pages' that a counted link may lead to).
 */
@ConfigurationProperties("kanta.clicks")
public record ClickSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("180") int retentionDays,
        @DefaultValue("") List<String> extraHosts) {

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    public ClickSettings {
        if (retentionDays < 1 || retentionDays > 3660) {
            throw new SaidError("settings.days", "kanta.clicks.retention-days", retentionDays);
        }
        extraHosts = extraHosts == null ? List.of() : extraHosts.stream().map(String::strip).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).toList();
        for (String host : extraHosts) {
            if (!HOST.matcher(host).matches()) {
                throw new SaidError("clicks.settings.extra-hosts", host);
            }
        }
    }
}
