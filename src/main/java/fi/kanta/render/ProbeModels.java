package fi.kanta.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Stand-in recipients for the template check: every variable of the message model (templates/README.md),
 * in strict maps. Two of them per language, one with every value and one with the nullable values null,
 * so that both sides of a {@code th:if} are rendered.
 */
final class ProbeModels {

    private static final List<String> FEEDBACK_LINKS = IntStream.rangeClosed(0, 10)
            .mapToObj(score -> "https://example.com/f/probe?score=" + score).toList();

    /** A one-pixel PNG: the template check lays letters out, it does not read the code. */
    private static final String PROBE_QR = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==";

    private ProbeModels() {
    }

    static List<Map<String, Object>> forLanguage(Locale language) {
        return List.of(probe(language, true), probe(language, false));
    }

    /** One of the picks (templates/README.md "Picks"), with or without its price and image. */
    private static Map<String, Object> pick(String name, String price, String priceText, boolean image) {
        return new StrictModel.Keys("pick").with("name", name).with("category", "Books")
                .with("price", price == null ? null : new java.math.BigDecimal(price)).with("currency", price == null ? null : "EUR")
                .with("priceText", priceText).with("link", "https://shop.example.com/p/probe")
                .with("image", image ? "https://shop.example.com/p/probe.jpg" : null).with("sku", "PROBE-1");
    }

    private static Map<String, Object> probe(Locale language, boolean full) {
        return new StrictModel.Keys("model")
                .with("customer", new StrictModel.Keys("customer")
                        .with("externalId", "PROBE-1").with("firstName", "Aino").with("lastName", "Probe")
                        .with("fullName", "Aino Probe").with("email", "aino@example.com").with("phone", "+358401234567")
                        .with("street", "Esimerkkikatu 1").with("postalCode", "00100").with("city", "Helsinki")
                        .with("country", full ? "SE" : "FI").with("language", language.getLanguage())
                        .with("interests", full ? List.of("Books", "Shoes") : List.of()))
                .with("offer", new StrictModel.Keys("offer")
                        .with("code", "WB-PROBE").with("favouriteCategory", full ? "Books" : null)
                        .with("lastPurchase", full ? LocalDate.of(2025, 3, 1) : null).with("valueTier", full ? "gold" : null)
                        .with("discount", "20 %").with("validUntil", LocalDate.of(2026, 12, 31))
                        .with("reward", full ? 1 : 2).with("rewardCategory", full ? "Books" : null))
                .with("score", new StrictModel.Keys("score")
                        .with("pAlive", full ? 0.5 : null).with("clv12m", full ? 120.0 : null)
                        .with("rfmSegment", full ? "At risk" : null).with("loyalty", full ? "at-risk" : null))
                .with("campaign", new StrictModel.Keys("campaign")
                        .with("name", "probe").with("description", "template check").with("runKey", "2026-W48").with("date", LocalDate.of(2026, 11, 23)))
                .with("links", new StrictModel.Keys("links").with("unsubscribe", "https://example.com/u/probe")
                        .with("feedback", FEEDBACK_LINKS).with("preferences", "https://example.com/preferences/probe")
                        .with("preferencesShort", full ? "https://example.com/p/PR0BE00000" : null)
                        .with("preferencesQr", full ? PROBE_QR : null))
                .with("sender", new StrictModel.Keys("sender")
                        .with("name", "Shop").with("street", "Katu 1").with("postalCode", "00100")
                        .with("city", "Helsinki").with("country", "FI"))
                .with("picks", full ? List.of(pick("Merino wool socks", "12.90", "€12.90", true),
                        pick("A pick with a long name that has to wrap on a narrow phone screen", "149.00", "€149.00", false),
                        pick("Leather gloves", null, null, true)) : List.of())
                .with("brand", new StrictModel.Keys("brand")
                        .with("shopUrl", "https://shop.example.com").with("logo", full ? "https://shop.example.com/logo.png" : "")
                        .with("logoWidth", 160).with("logoHeight", 48).with("color", "#7a3e1d")
                        .with("social", full ? List.of(Map.of("name", "Instagram", "url", "https://instagram.com/shop")) : List.of()));
    }
}
