package fi.kanta.customer.importing;

import fi.kanta.shop.ShopSettings;
import fi.kanta.shop.MoneySettings;
import fi.kanta.sql.Upsert;
import fi.kanta.words.Words;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Purchases: upserted by order id. Amounts in another currency are converted into the base
 * currency with the configured rate (or rejected); refunds are negative amounts and are kept.
 */
@Component
final class PurchaseImport implements ImportDefinition<PurchaseImport.Purchase> {

    static final Column ORDER_ID = Column.required("order_id", "order", "order number", "order no", "transaction id",
            "receipt", "receipt number", "tilaus", "tilausnumero", "kuitti", "kuittinumero", "ordernummer", "kvitto");
    static final Column PURCHASED_AT = Column.required("purchased_at", "date", "order date", "purchase date", "time",
            "timestamp", "ostopäivä", "ostoaika", "päivämäärä", "pvm", "aika", "datum", "köpdatum", "tid");
    static final Column AMOUNT = Column.required("amount", "total", "sum", "price", "value", "amount paid", "summa",
            "hinta", "yhteensä", "arvo", "belopp", "pris", "totalt");
    static final Column CURRENCY = Column.optional("currency", "currency code", "valuutta", "valuta");
    static final Column CATEGORY = Column.optional("category", "product category", "department", "kategoria",
            "tuoteryhmä", "osasto", "kategori", "varugrupp");
    static final Column OFFER_CODE = Column.optional("offer_code", "voucher", "voucher code", "coupon", "coupon code",
            "discount code", "promo code", "kuponki", "alennuskoodi", "etukoodi", "rabattkod");

    private final ShopSettings settings;
    private final MoneySettings money;

    PurchaseImport(ShopSettings settings, MoneySettings money) {
        this.settings = settings;
        this.money = money;
    }

    /** A purchase row as it will be stored; {@code customerRef} is the customer's external id. */
    record Purchase(String orderId, String customerRef, LocalDateTime purchasedAt, BigDecimal amount, String currency,
                    BigDecimal amountBase, String category, String offerCode) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PURCHASES;
    }

    @Override
    public List<Column> columns() {
        return List.of(ORDER_ID, CustomerImport.CUSTOMER_ID, PURCHASED_AT, AMOUNT, CURRENCY, CATEGORY, OFFER_CODE);
    }

    /** {@link MoneySettings#currencyCode}, its refusal in the marketer's words. */
    private static String currencyCode(String text) {
        try {
            return MoneySettings.currencyCode(text);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("import.value.currency");
        }
    }

    @Override
    public Purchase read(RowCheck row) {
        Values.Money written = row.parseRequired(AMOUNT, Values::money);
        BigDecimal amount = written == null ? null : written.amount();
        String currency = currency(row, written, AMOUNT, CURRENCY, money);
        BigDecimal amountBase = null;
        if (amount != null && currency != null) {
            try {
                amountBase = money.toBase(amount, currency);
            } catch (IllegalArgumentException e) {
                // the shop has no rate for it: the reason names the setting to add
                row.reject(CURRENCY, currency, row.words().text("import.value.no-rate", currency, money.baseCurrency()));
            }
        }
        return new Purchase(
                row.required(ORDER_ID, 64),
                row.customerRef(CustomerImport.CUSTOMER_ID),
                row.parseRequired(PURCHASED_AT, text -> Values.timestamp(text, settings.timeZone())),
                amount, currency, amountBase,
                row.text(CATEGORY, 100),
                row.text(OFFER_CODE, 64));
    }

    /**
     * The row's currency: its currency column's, else the one its amount names ("49,90 €"), else the
     * base currency. An amount naming another currency than the column is rejected, and so is "kr"
     * alone when nothing says which krona.
     */
    static String currency(RowCheck row, Values.Money written, Column amountColumn, Column currencyColumn, MoneySettings money) {
        if (row.has(currencyColumn)) {
            String column = row.parse(currencyColumn, PurchaseImport::currencyCode);
            if (column != null && written != null && !written.isIn(column)) {
                row.reject(amountColumn, row.text(amountColumn, Integer.MAX_VALUE), row.words().text("import.purchase.other-currency",
                        Values.KRONA.equals(written.currency()) ? row.words().text("import.purchase.kronor") : written.currency(), column));
            }
            return column;
        }
        if (written == null || written.isIn(money.baseCurrency())) {
            return money.baseCurrency();
        }
        if (Values.KRONA.equals(written.currency())) {
            row.reject(amountColumn, row.text(amountColumn, Integer.MAX_VALUE), row.words().text("import.purchase.which-krona"));
            return null;
        }
        return written.currency();
    }

    @Override
    public String stageTable() {
        return "import_purchase_stage";
    }

    @Override
    public List<String> stageColumns() {
        return List.of("order_id", "customer_ref", "purchased_at", "amount", "currency", "amount_base", "category",
                "offer_code");
    }

    @Override
    public Object[] stageValues(Purchase p) {
        return new Object[] {p.orderId(), p.customerRef(), p.purchasedAt(), p.amount(), p.currency(), p.amountBase(),
            p.category(), p.offerCode()};
    }

    @Override
    public String keySql() {
        return "s.order_id";
    }

    @Override
    public Column keyColumn() {
        return ORDER_ID;
    }

    @Override
    public String keyValueSql() {
        return "s.order_id";
    }

    /** Shop exports list one row per order line; Kanta keeps one row per order, so the likely cause is named. */
    @Override
    public String repeated(String key, long firstLine, Words words) {
        return words.text("import.repeated.purchase", key, String.valueOf(firstLine));
    }

    @Override
    public int apply(Stage stage) {
        return stage.upsertWithCustomers(CustomerImport.CUSTOMER_ID, withCustomers -> new Upsert("purchase",
                List.of("order_id"),
                List.of("customer_id", "purchased_at", "amount", "currency", "amount_base", "category", "offer_code"), false,
                "SELECT order_id, customer_id, purchased_at, amount, currency, amount_base, category, offer_code FROM "
                        + withCustomers + " r"));
    }
}
