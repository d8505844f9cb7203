package fi.kanta.customer.importing;

import fi.kanta.shop.MoneySettings;
import fi.kanta.sql.Upsert;
import fi.kanta.words.Words;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Products: upserted by sku, so a later product file updates prices, stock and names. A product's
 * {@code updated_at} is the time of the file that said it (the file's own time, as for other rows
 * without one): importing the same file again changes nothing, and an older file imported after a
 * newer one changes nothing either. Names in other languages (columns {@code name_fi},
 * {@code name_sv}, {@code name_en}) go into {@code product_name}; a blank one leaves a name given before.
 * Page and image addresses must be https (docs/architecture.md "Products and order lines").
 */
@Component
final class ProductImport implements ImportDefinition<ProductImport.Product> {

    /** The languages a product file can name a product in, besides its main name. */
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    static final Column SKU = Column.required("sku", "product id", "product code", "product number", "item number",
            "article number", "tuotekoodi", "tuotenumero", "tuote id", "artikelnummer", "artikelnr", "produktkod");
    static final Column NAME = Column.required("name", "product name", "product", "title", "nimi", "tuote", "tuotenimi",
            "namn", "produktnamn", "produkt");
    static final Column CATEGORY = PurchaseImport.CATEGORY;
    static final Column PRICE = Column.optional("price", "unit price", "list price", "hinta", "pris");
    static final Column CURRENCY = PurchaseImport.CURRENCY;
    static final Column PAGE_URL = Column.optional("page_url", "url", "link", "product url", "product page", "page",
            "linkki", "tuotesivu", "länk", "produktsida");
    static final Column IMAGE_URL = Column.optional("image_url", "image", "image link", "picture", "kuva", "kuvalinkki",
            "bild", "bildlänk");
    static final Column IN_STOCK = Column.optional("in_stock", "stock", "available", "availability", "varastossa",
            "saatavilla", "varasto", "i lager", "lager", "tillgänglig");
    /** name_fi, name_sv, name_en: the product's name in that language. */
    static final List<Column> NAMES = LANGUAGES.stream().map(language -> Column.optional("name_" + language,
            "nimi_" + language, "namn_" + language, "product name " + language)).toList();

    private final MoneySettings money;

    ProductImport(MoneySettings money) {
        this.money = money;
    }

    /** A product row as it will be stored; {@code names} in {@link #LANGUAGES} order, null where the file has none. */
    record Product(String sku, String name, String category, BigDecimal price, String currency, String pageUrl,
                   String imageUrl, boolean inStock, LocalDateTime updatedAt, List<String> names) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PRODUCTS;
    }

    @Override
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(SKU, NAME, CATEGORY, PRICE, CURRENCY, PAGE_URL, IMAGE_URL, IN_STOCK));
        columns.addAll(NAMES);
        return columns;
    }

    @Override
    public Product read(RowCheck row) {
        Values.Money written = row.parse(PRICE, Values::money);
        BigDecimal price = written == null ? null : written.amount();
        String currency = price == null ? null : PurchaseImport.currency(row, written, PRICE, CURRENCY, money);
        if (price != null && price.signum() < 0) {
            row.reject(PRICE, row.text(PRICE, Integer.MAX_VALUE), row.words().text("import.product.negative-price"));
        }
        Boolean inStock = row.parse(IN_STOCK, ProductImport::inStock);
        List<String> names = NAMES.stream().map(column -> row.text(column, 300)).toList();
        return new Product(row.required(SKU, 64), row.required(NAME, 300), row.text(CATEGORY, 100), price, currency,
                row.parse(PAGE_URL, Values::httpsAddress), row.parse(IMAGE_URL, Values::httpsAddress),
                inStock == null || inStock, row.fileTime(), names);
    }

    /** Yes or no, or how many are in stock (more than 0 is yes): shops export either. */
    static boolean inStock(String text) {
        String s = text.strip();
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            return s.chars().anyMatch(c -> c != '0');
        }
        try {
            return Values.yesNo(s);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("import.value.in-stock");
        }
    }

    @Override
    public String stageTable() {
        return "import_product_stage";
    }

    @Override
    public List<String> stageColumns() {
        List<String> columns = new ArrayList<>(List.of("sku", "name", "category", "price", "currency", "page_url", "image_url",
                "in_stock", "updated_at"));
        LANGUAGES.forEach(language -> columns.add(nameColumn(language)));
        return columns;
    }

    private static String nameColumn(String language) {
        return "name_" + language.toLowerCase(Locale.ROOT);
    }

    @Override
    public Object[] stageValues(Product p) {
        List<Object> values = new ArrayList<>(List.of(p.sku(), p.name()));
        values.add(p.category());
        values.add(p.price());
        values.add(p.currency());
        values.add(p.pageUrl());
        values.add(p.imageUrl());
        values.add(p.inStock());
        values.add(p.updatedAt());
        values.addAll(p.names());
        return values.toArray();
    }

    @Override
    public String keySql() {
        return "s.sku";
    }

    @Override
    public Column keyColumn() {
        return SKU;
    }

    @Override
    public String keyValueSql() {
        return "s.sku";
    }

    @Override
    public String repeated(String key, long firstLine, Words words) {
        return words.text("import.repeated.product", key, String.valueOf(firstLine));
    }

    /**
     * The products, then their names in other languages: only where this file's version of the
     * product is the one kept (an older file's names do not come back with it).
     */
    @Override
    public int apply(Stage stage) {
        stage.upsert(new Upsert("product", List.of("sku"),
                List.of("name", "category", "price", "currency", "page_url", "image_url", "in_stock", "updated_at"), false,
                "SELECT sku, name, category, price, currency, page_url, image_url, in_stock, updated_at FROM " + stage.table(),
                List.of("updated_at")));
        for (String language : LANGUAGES) {
            String column = nameColumn(language);
            stage.upsert(new Upsert("product_name", List.of("product_id", "language"), List.of("name"), false,
                    "SELECT p.id AS product_id, CAST('" + language + "' AS VARCHAR(8)) AS language, s." + column + " AS name FROM "
                            + stage.table() + " s JOIN product p ON p.sku = s.sku AND p.updated_at = s.updated_at WHERE s."
                            + column + " IS NOT NULL"));
        }
        return 0;
    }
}
