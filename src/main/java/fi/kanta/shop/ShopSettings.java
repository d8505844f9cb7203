package fi.kanta.shop;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's own settings ({@code kanta.shop.*}, set in the home's {@code kanta.properties}), which
 * imports, campaigns, scores, reports, the command line and the web pages share: the time zone every
 * "today" and every shop-local time is in, the languages customers are written to, the country and
 * language a customer gets when the file names none, and the marketer's own language
 * ({@code language}: what commands print and reports say, and the CSV dialect of the files Kanta
 * writes for a spreadsheet), and the web shop's address ({@code url}).
 */
@ConfigurationProperties("kanta.shop")
public record ShopSettings(
        @DefaultValue("FI") String defaultCountry,
        @DefaultValue("fi") String defaultLanguage,
        @DefaultValue({"fi", "sv", "en"}) List<String> languages,
        @DefaultValue("Europe/Helsinki") ZoneId timeZone,
        @DefaultValue("en") String language,
        @DefaultValue("") String url) {

    /** The marketer's locale: numbers, dates and texts of command output and reports. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * The separator of CSV files meant for a spreadsheet: Finnish and Swedish spreadsheets use the
     * decimal comma, so they split CSV lines on semicolons, and a comma-separated file opens as one
     * column.
     */
    public char csvSeparator() {
        return switch (locale().getLanguage()) {
            case "fi", "sv" -> ';';
            default -> ',';
        };
    }
}
