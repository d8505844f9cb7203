package fi.kanta.picks;

import fi.kanta.customer.CustomerChoices;
import fi.kanta.picks.ProductShelf.Product;
import fi.kanta.sql.Vendor;
import java.lang.ref.SoftReference;
import java.math.BigDecimal;
import java.sql.Array;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
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
    private final Clock clock;
    /**
     * The products of the run being sent (one run at a time: another's batches start a shelf of their own),
     * softly held: a shelf no run has asked for in a while is let go when memory is wanted, so a long-lived
     * {@code kanta serve} does not keep its last run's products.
     */
    private final AtomicReference<SoftReference<ProductShelf>> runShelf = new AtomicReference<>();
    /** The database's, known at the first lookup (not at start-up: every command makes this bean). */
    private volatile Vendor vendor;

    @Autowired
    PicksInMessages(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    PicksInMessages(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The in-stock picks of each customer (none: an empty list); a product without a page of its own
     * links to {@code shopUrl}. Customers who chose "do not profile me" have none (the pick run leaves
     * them out; this checks again, as their choice may be newer than the run).
     */
    public Map<Long, List<Map<String, Object>>> forCustomers(List<Long> customers, String shopUrl) {
        Map<Long, String> languages = new HashMap<>();
        for (int from = 0; from < customers.size(); from += PART) {
            languages.putAll(profiled(customers.subList(from, Math.min(customers.size(), from + PART))));
        }
        return forProfiled(languages, new ProductShelf(null, shopUrl));
    }

    /**
     * As {@link #forCustomers}, for one batch of a run's sending, whose caller has just read the customers
     * itself: the language of each customer who may be shown picks ({@link CustomerChoices#LANGUAGE_EACH}),
     * those who chose "do not profile me" left out by the caller, so the send reads each customer once. The
     * run's batches share their products, each read again after a minute on the shelf ({@link ProductShelf}),
     * so a product sold out during the run is left out from then on.
     */
    public Map<Long, List<Map<String, Object>>> forRun(long runId, Map<Long, String> languageOfProfiled, String shopUrl) {
        SoftReference<ProductShelf> held = runShelf.get();
        ProductShelf shelf = held == null ? null : held.get();
        if (shelf == null || !shelf.isFor(runId, shopUrl)) {
            shelf = new ProductShelf(runId, shopUrl);
            runShelf.set(new SoftReference<>(shelf));
        }
        return forProfiled(languageOfProfiled, shelf);
    }

    private Map<Long, List<Map<String, Object>>> forProfiled(Map<Long, String> languageOfProfiled, ProductShelf shelf) {
        Map<Long, List<Map<String, Object>>> picks = new HashMap<>();
        Map<String, NumberFormat> formats = new HashMap<>(); // made once per call: a format is slow to make, and not thread-safe
        List<Long> customers = List.copyOf(languageOfProfiled.keySet());
        for (int from = 0; from < customers.size(); from += PART) {
            List<Long> part = customers.subList(from, Math.min(customers.size(), from + PART));
            // the picks and their products in queries of their own, each by its table's key: the picks joined with
            // customer, PostgreSQL hashed every customer for every batch of emails (bench/README.md), and joined
            // with product, the whole catalogue
            List<Chosen> chosen = chosen(part);
            Instant now = clock.instant();
            List<Long> toRead = shelf.toRead(chosen.stream().map(Chosen::product).distinct().toList(), now);
            if (!toRead.isEmpty()) {
                shelf.put(toRead, inStock(toRead), now);
            }
            for (Chosen pick : chosen) {
                Map<String, Object> shown = shelf.shown(pick.product(), languageOfProfiled.get(pick.customer()), formats);
                if (shown != null) {
                    picks.computeIfAbsent(pick.customer(), id -> new ArrayList<>()).add(shown);
                }
            }
        }
        return picks;
    }

    /**
     * The language of each of {@code customers} who may be shown picks: not those who chose "do not
     * profile me" (looked up now, as their choice may be newer than the pick run).
     */
    private Map<Long, String> profiled(List<Long> customers) {
        Map<Long, String> languages = new HashMap<>();
        jdbc.query("SELECT c.id, " + CustomerChoices.LANGUAGE_EACH + " FROM customer c WHERE c.id IN (" + marks(customers.size()) + ")"
                + " AND NOT " + CustomerChoices.NOT_PROFILED_EACH, row -> {
                    languages.put(row.getLong(1), row.getString(2));
                }, customers.toArray());
        return languages;
    }

    /** The stored picks of the customers, each customer's best first: one row of the table per customer. */
    private List<Chosen> chosen(List<Long> customers) {
        List<Chosen> chosen = new ArrayList<>();
        jdbc.query("SELECT customer_id, product_ids FROM customer_pick WHERE customer_id" + oneOf(), ids(customers), row -> {
            long customer = row.getLong(1);
            Array products = row.getArray(2);
            // HSQLDB gives Object[], PostgreSQL Long[]: numbers either way
            for (Object product : (Object[]) products.getArray()) {
                chosen.add(new Chosen(customer, ((Number) product).longValue()));
            }
            products.free();
        });
        return chosen;
    }

    /** One stored pick of a customer. */
    private record Chosen(long customer, long product) {
    }

    /** The products among {@code ids} that are in stock now. */
    private Map<Long, Product> inStock(List<Long> ids) {
        Map<Long, Product> products = new HashMap<>();
        if (ids.isEmpty()) {
            return products;
        }
        jdbc.query("SELECT pr.id, pr.name, pr.category, pr.price, pr.currency, pr.page_url, pr.image_url, pr.sku, pn.language, pn.name"
                + " FROM product pr LEFT JOIN product_name pn ON pn.product_id = pr.id"
                + " WHERE pr.id" + oneOf() + " AND pr.in_stock = TRUE", ids(ids), row -> {
                    Product product = products.get(row.getLong(1));
                    if (product == null) {
                        product = new Product(row.getString(2), new HashMap<>(), row.getString(3), row.getBigDecimal(4),
                                row.getString(5), row.getString(6), row.getString(7), row.getString(8));
                        products.put(row.getLong(1), product);
                    }
                    if (row.getString(9) != null) {
                        product.names().put(row.getString(9), row.getString(10));
                    }
                });
        return products;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * "Is one of" a list given as one array parameter ({@link #ids}): the statement's text is the same
     * for every batch, so the database parses and plans it once, where an IN list of a batch's few
     * thousand products was a new text, parsed and planned, every batch.
     */
    private String oneOf() {
        return vendor() == Vendor.POSTGRESQL ? " = ANY(?)" : " IN (UNNEST(?))";
    }

    private PreparedStatementSetter ids(List<Long> ids) {
        String type = vendor() == Vendor.POSTGRESQL ? "int8" : "BIGINT";
        return statement -> statement.setArray(1, statement.getConnection().createArrayOf(type, ids.toArray(Long[]::new)));
    }

    private Vendor vendor() {
        Vendor known = vendor;
        if (known == null) {
            known = Vendor.of(jdbc.getDataSource());
            vendor = known;
        }
        return known;
    }

    /** {@link #priceText(BigDecimal, String, String)} with the formats made so far. */
    static String priceText(BigDecimal price, String currency, String language, Map<String, NumberFormat> formats) {
        if (price == null) {
            return null;
        }
        NumberFormat format = formats.computeIfAbsent(language + "|" + currency, key -> currencyFormat(currency, language));
        return format == null ? price.toPlainString() + "\u00a0" + currency.strip()
                // one line: never broken between the number and the sign
                : format.format(price).replace(' ', '\u00a0').replace('\u202f', '\u00a0');
    }

    /**
     * The price as the customer's language writes money: "49,90 €" in Finnish and Swedish, "€49.90" in English
     * (public for the render tests' recipients, whose picks are written the way the run writes them).
     */
    public static String priceText(BigDecimal price, String currency, String language) {
        return priceText(price, currency, language, new HashMap<>());
    }

    /** The language's money format in the currency; null when the currency is no ISO code (the price is then written plainly). */
    private static NumberFormat currencyFormat(String currency, String language) {
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
                return null;
            }
        }
        return format;
    }
}
