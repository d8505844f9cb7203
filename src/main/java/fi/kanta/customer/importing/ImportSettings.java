package fi.kanta.customer.importing;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Import settings ({@code kanta.import.*} in application.properties, which documents each). */
@ConfigurationProperties("kanta.import")
public record ImportSettings(
        @DefaultValue("5000") int chunkSize,
        @DefaultValue("1000") int maxRejects,
        @DefaultValue("1") int partitions,
        @DefaultValue("FI") String defaultCountry,
        @DefaultValue("fi") String defaultLanguage,
        @DefaultValue({"fi", "sv", "en"}) List<String> languages,
        @DefaultValue("Europe/Helsinki") ZoneId timeZone,
        @DefaultValue Xlsx xlsx) {

    /** Guards for .xlsx files, which are zip archives of XML: zip bombs and oversized parts. */
    public record Xlsx(
            @DefaultValue("1073741824") long maxPartBytes,
            @DefaultValue("0.01") double minInflateRatio,
            @DefaultValue("104857600") long maxSharedStringsBytes) {
    }
}
