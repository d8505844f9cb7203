package fi.kanta.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Message models as the campaign engine builds them (templates/README.md), for the render tests. */
final class Recipients {

    static final Path SHIPPED_TEMPLATES = Path.of("templates");

    private Recipients() {
    }

    static Map<String, Object> aino() {
        return recipient("C-1", "Aino", "Virtanen", "Mannerheimintie 5 A 3", "00100", "Helsinki", "FI", "fi");
    }

    static Map<String, Object> erik() {
        return recipient("C-2", "Erik", "Lindqvist", "Storgatan 12", "114 51", "Stockholm", "SE", "sv");
    }

    static Map<String, Object> emma() {
        return recipient("C-3", "Emma", "Jones", "12 High Street", "OX1 4AA", "Oxford", "GB", "en");
    }

    static Map<String, Object> recipient(String id, String first, String last, String street, String postalCode,
            String city, String country, String language) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("externalId", id);
        customer.put("firstName", first);
        customer.put("lastName", last);
        customer.put("fullName", first + " " + last);
        customer.put("email", first.toLowerCase() + "@example.com");
        customer.put("phone", null);
        customer.put("street", street);
        customer.put("postalCode", postalCode);
        customer.put("city", city);
        customer.put("country", country);
        customer.put("language", language);
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("code", "WB-7F3A-9C21-44D0-" + id);
        offer.put("favouriteCategory", "Home"); // named in each language by the shipped templates/categories.csv (Koti, Hem)
        offer.put("lastPurchase", LocalDate.of(2025, 4, 2));
        offer.put("valueTier", "gold");
        offer.put("reward", 1);
        offer.put("rewardCategory", null); // the default reward: chosen by no category
        offer.put("discount", "20\u00a0%"); // as MessageModels gives it: no line break inside
        offer.put("validUntil", LocalDate.of(2026, 12, 31));
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("pAlive", 0.41);
        score.put("clv12m", 88.5);
        score.put("rfmSegment", "at risk");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("customer", customer);
        model.put("offer", offer);
        model.put("score", score);
        model.put("campaign", Map.of("name", "win-back", "description", "Win back lapsed customers", "runKey", "2026-W48",
                "date", LocalDate.of(2026, 11, 23)));
        model.put("links", Map.of("unsubscribe", "https://shop.example.com/unsubscribe/" + id + "/token-abc",
                "preferences", "https://shop.example.com/preferences/" + id + "/token-def"));
        model.put("picks", java.util.List.of(
                pick("Merino wool socks", "12.90", language, "https://shop.example.com/p/socks"),
                pick("Hand-knitted winter mittens in undyed Finnish lambswool, with a long name", "49.00", language,
                        "https://shop.example.com/p/mittens"),
                pick("Birch cutting board", "1249.00", language, "https://shop.example.com/p/board?colour=natural")));
        model.put("brand", new Brand("https://shop.example.com/logo.png", 160, 48, "#7a3e1d",
                Map.of("instagram", "https://instagram.com/puoti")).model("https://shop.example.com"));
        model.put("sender", new Sender("Puoti Oy", "Kauppakatu 3", "33100", "Tampere", "FI", "uutiset@puoti.example").model());
        return model;
    }

    /** A copy with a letter's short address to the preferences page and its QR code, as MessageModels gives a letter. */
    static Map<String, Object> withShortAddress(Map<String, Object> model, String address) {
        Map<String, Object> copy = new LinkedHashMap<>(model);
        @SuppressWarnings("unchecked")
        Map<String, Object> links = new LinkedHashMap<>((Map<String, Object>) model.get("links"));
        links.put("preferencesShort", address);
        links.put("preferencesQr", QrCode.pngDataUri(address));
        copy.put("links", links);
        return copy;
    }

    /**
     * A pick as PicksInMessages gives it, its price in euros written as the customer's language writes
     * money ("12,90 €" in Finnish); the picture: a grey square drawn in place, the tests are offline.
     */
    static Map<String, Object> pick(String name, String price, String language, String link) {
        Map<String, Object> pick = new LinkedHashMap<>();
        pick.put("name", name);
        pick.put("category", "Home");
        pick.put("price", new java.math.BigDecimal(price));
        pick.put("currency", "EUR");
        pick.put("priceText", fi.kanta.picks.PicksInMessages.priceText(new java.math.BigDecimal(price), "EUR", language));
        pick.put("link", link);
        pick.put("image", "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(
                "<svg xmlns='http://www.w3.org/2000/svg' width='96' height='96'><rect width='96' height='96' fill='#c9b8a6'/></svg>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        pick.put("sku", "SKU-" + name.length());
        return pick;
    }

    /** A copy whose customer has other values for the given keys. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withCustomer(Map<String, Object> model, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(model);
        Map<String, Object> customer = new LinkedHashMap<>((Map<String, Object>) model.get("customer"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            customer.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        copy.put("customer", customer);
        return copy;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withOffer(Map<String, Object> model, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(model);
        Map<String, Object> offer = new LinkedHashMap<>((Map<String, Object>) model.get("offer"));
        offer.put(key, value);
        copy.put("offer", offer);
        return copy;
    }
}
