package fi.kanta.shop;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's own settings, which imports, campaigns, scores, reports and the web pages share: the
 * time zone every "today" and every shop-local time is in, the languages customers are written to
 * and the country and language a customer gets when the file names none. They keep their
 * {@code kanta.import.*} names (documented in application.properties), where they were first set.
 */
@ConfigurationProperties("kanta.import")
public record ShopSettings(
        @DefaultValue("FI") String defaultCountry,
        @DefaultValue("fi") String defaultLanguage,
        @DefaultValue({"fi", "sv", "en"}) List<String> languages,
        @DefaultValue("Europe/Helsinki") ZoneId timeZone) {
}
