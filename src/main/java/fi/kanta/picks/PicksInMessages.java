package fi.kanta.picks;

import fi.kanta.customer.CustomerChoices;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The picks a message shows ({@code picks} in templates/README.md): each customer's stored picks in
 * rank order, looked up when the message is rendered, so a product sold out or gone since the pick
 * run is left out; names in the customer's language where the shop has one. Plain maps of plain
 * values, escaped by the template like any customer data.
 */
@Component
public class PicksInMessages {

    /** Customers looked up per query. */
    private static final int PART = 500;

    private final JdbcTemplate jdbc;

    PicksInMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The in-stock picks of each customer (none: an empty list); a product without a page of its own
     * links to {@code shopUrl}. Customers who chose "do not profile me" have none (the pick run leaves
     * them out; this checks again, as their choice may be newer than the run).
     */
    public Map<Long, List<Map<String, Object>>> forCustomers(List<Long> customers, String shopUrl) {
        Map<Long, List<Map<String, Object>>> picks = new HashMap<>();
        for (int from = 0; from < customers.size(); from += PART) {
            List<Long> part = customers.subList(from, Math.min(customers.size(), from + PART));
            jdbc.query("SELECT k.customer_id, COALESCE(pn.name, pr.name), pr.category, pr.price, pr.currency, pr.page_url,"
                    + " pr.image_url, pr.sku, " + CustomerChoices.LANGUAGE + " FROM customer_pick k"
                    + " JOIN product pr ON pr.id = k.product_id JOIN customer c ON c.id = k.customer_id" + CustomerChoices.JOIN
                    + " LEFT JOIN product_name pn ON pn.product_id = pr.id AND pn.language = " + CustomerChoices.LANGUAGE
                    + " WHERE k.customer_id IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")"
                    + " AND pr.in_stock = TRUE AND NOT " + CustomerChoices.NOT_PROFILED
                    + " ORDER BY k.customer_id, k.pick_rank", row -> {
                        Map<String, Object> pick = new LinkedHashMap<>();
                        pick.put("name", row.getString(2));
                        pick.put("category", row.getString(3));
                        BigDecimal price = row.getBigDecimal(4);
                        pick.put("price", price);
                        pick.put("currency", row.getString(5));
                        pick.put("priceText", priceText(price, row.getString(5), row.getString(9)));
                        String page = row.getString(6);
                        pick.put("link", page == null || page.isBlank() ? shopUrl : page);
                        pick.put("image", row.getString(7));
                        pick.put("sku", row.getString(8));
                        picks.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(pick);
                    }, part.toArray());
        }
        return picks;
    }

    /** The price as the customer's language writes money: "49,90 €" in Finnish and Swedish, "€49.90" in English. */
    static String priceText(BigDecimal price, String currency, String language) {
        if (price == null) {
            return null;
        }
        String lang = language == null ? "en" : language;
        Locale locale = switch (lang) {
            case "fi" -> new Locale("fi", "FI");
            case "sv" -> new Locale("sv", "FI");
            default -> Locale.UK;
        };
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currency != null && !currency.isBlank()) {
            try {
                format.setCurrency(Currency.getInstance(currency.strip()));
            } catch (IllegalArgumentException e) {
                return price.toPlainString() + "\u00a0" + currency.strip();
            }
        }
        // one line: never broken between the number and the sign
        return format.format(price).replace(' ', '\u00a0').replace('\u202f', '\u00a0');
    }
}
