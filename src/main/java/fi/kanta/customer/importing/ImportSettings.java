package fi.kanta.customer.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How imports run ({@code kanta.import.*} in application.properties, which documents each). The
 * shop's own settings under the same prefix (time zone, languages, default country) are
 * {@link fi.kanta.shop.ShopSettings}.
 */
@ConfigurationProperties("kanta.import")
public record ImportSettings(
        @DefaultValue("5000") int chunkSize,
        @DefaultValue("1000") int maxRejects,
        @DefaultValue("1") int partitions,
        @DefaultValue Xlsx xlsx) {

    /** Guards for .xlsx files, which are zip archives of XML: zip bombs and oversized parts. */
    public record Xlsx(
            @DefaultValue("1073741824") long maxPartBytes,
            @DefaultValue("0.01") double minInflateRatio,
            @DefaultValue("104857600") long maxSharedStringsBytes) {
    }
}
