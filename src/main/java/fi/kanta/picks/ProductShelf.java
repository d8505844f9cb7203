package fi.kanta.picks;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The products picks show, as last read from the database, and each one's values as a message shows
 * them, per language. A run's sending keeps one shelf for all its batches: each batch's picks are
 * mostly products that earlier batches showed, and reading them again for every batch was most of
 * what picks added to PostgreSQL's part of an email (bench/README.md). A product is read again when
 * it has been on the shelf for {@link #FRESH}, so one sold out during a long run is left out of the
 * emails a minute later at most. Thread-safe.
 */
final class ProductShelf {

    /** How long a product read from the database is shown without reading it again. */
    static final Duration FRESH = Duration.ofMinutes(1);
    /** A run that has shown more products than this starts an empty shelf (about 1 KB a product). */
    private static final int MOST = 50_000;

    private final Long runId;
    private final String shopUrl;
    private final Map<Long, Shelved> products = new ConcurrentHashMap<>();

    /** A shelf for one run's sending ({@code runId}), or for one lookup ({@code null}). */
    ProductShelf(Long runId, String shopUrl) {
        this.runId = runId;
        this.shopUrl = shopUrl;
    }

    boolean isFor(long run, String url) {
        return runId != null && runId == run && shopUrl.equals(url) && products.size() < MOST;
    }

    /** Which of {@code ids} are to be read from the database now: not on the shelf, or on it for too long. */
    List<Long> toRead(Collection<Long> ids, Instant now) {
        Instant readBefore = now.minus(FRESH);
        return ids.stream().filter(id -> {
            Shelved shelved = products.get(id);
            return shelved == null || shelved.readAt().isBefore(readBefore);
        }).toList();
    }

    /** Puts the products just read: those of {@code ids} missing from {@code inStock} are sold out or gone. */
    void put(Collection<Long> ids, Map<Long, Product> inStock, Instant readAt) {
        for (Long id : ids) {
            products.put(id, new Shelved(inStock.get(id), readAt, new ConcurrentHashMap<>()));
        }
    }

    /**
     * The product's values as a message in {@code language} shows them (one map per product and language,
     * shared by every customer it is picked for: its price written once); null when it is not in stock.
     */
    Map<String, Object> shown(long id, String language, Map<String, NumberFormat> formats) {
        Shelved shelved = products.get(id);
        if (shelved == null || shelved.product() == null) {
            return null;
        }
        // ConcurrentHashMap refuses null keys: a customer without a language is shown the product's own name
        return shelved.shown().computeIfAbsent(language == null ? "" : language,
                key -> shelved.product().toPick(language, shopUrl, formats));
    }

    private record Shelved(Product product, Instant readAt, Map<String, Map<String, Object>> shown) {
    }

    /** A product as picks show it, with its names by language. */
    record Product(String name, Map<String, String> names, String category, BigDecimal price, String currency,
            String page, String image, String sku) {

        Map<String, Object> toPick(String language, String shopUrl, Map<String, NumberFormat> formats) {
            Map<String, Object> pick = new java.util.LinkedHashMap<>();
            pick.put("name", names.getOrDefault(language, name));
            pick.put("category", category);
            pick.put("price", price);
            pick.put("currency", currency);
            pick.put("priceText", PicksInMessages.priceText(price, currency, language, formats));
            pick.put("link", page == null || page.isBlank() ? shopUrl : page);
            pick.put("image", image);
            pick.put("sku", sku);
            return Collections.unmodifiableMap(pick);
        }
    }
}
