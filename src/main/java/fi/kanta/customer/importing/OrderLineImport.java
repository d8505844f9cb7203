package fi.kanta.customer.importing;

import fi.kanta.sql.Upsert;
import fi.kanta.words.Words;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Order lines: which products an order held, upserted by (order id, line number). The order must
 * have been imported as a purchase (the purchase stays the order's total; lines are optional). A
 * file without a line number column numbers each order's lines in file order, so importing the
 * same file again updates the same lines.
 */
@Component
final class OrderLineImport implements ImportDefinition<OrderLineImport.OrderLine> {

    static final Column ORDER_ID = PurchaseImport.ORDER_ID;
    static final Column LINE_NO = Column.optional("line_no", "line number", "line", "row number", "position", "rivi",
            "rivinumero", "radnummer", "rad");
    static final Column SKU = ProductImport.SKU;
    static final Column QUANTITY = Column.required("quantity", "qty", "count", "units", "pieces", "määrä", "kpl",
            "kappaletta", "antal", "st");
    static final Column PRICE = Column.required("price", "unit price", "price each", "hinta", "yksikköhinta",
            "kappalehinta", "pris", "styckpris", "á-pris");

    private static final int LARGEST = 1_000_000;

    /** An order line as it will be stored; {@code price} per unit, in the order's currency. */
    record OrderLine(String orderId, Integer lineNo, String sku, Integer quantity, BigDecimal price) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORDER_LINES;
    }

    @Override
    public List<Column> columns() {
        return List.of(ORDER_ID, LINE_NO, SKU, QUANTITY, PRICE);
    }

    /** Without a line number column, an order's lines are numbered by order id in file order. */
    @Override
    public Column numberedBy(Header header) {
        return header.position(LINE_NO) < 0 ? ORDER_ID : null;
    }

    @Override
    public OrderLine read(RowCheck row) {
        Integer lineNo = row.numberInFile() > 0 ? Integer.valueOf(row.numberInFile())
                : row.parseRequired(LINE_NO, text -> positive(text));
        Values.Money price = row.parseRequired(PRICE, Values::money);
        return new OrderLine(row.required(ORDER_ID, 64), lineNo, row.required(SKU, 64),
                row.parseRequired(QUANTITY, text -> positive(text)), price == null ? null : price.amount());
    }

    /** A whole number of at least 1 (a quantity of 0 is no line; a returned item is the purchase's refund). */
    static int positive(String text) {
        int value;
        try {
            value = Integer.parseInt(text.strip().replace(" ", "").replaceFirst("[.,]0+$", ""));
        } catch (NumberFormatException e) {
            throw new ValueProblem("import.value.whole-number");
        }
        if (value < 1 || value > LARGEST) {
            throw new ValueProblem("import.value.from-one-to", String.valueOf(LARGEST));
        }
        return value;
    }

    @Override
    public String stageTable() {
        return "import_order_line_stage";
    }

    @Override
    public List<String> stageColumns() {
        return List.of("order_id", "line_no", "sku", "quantity", "price");
    }

    @Override
    public Object[] stageValues(OrderLine l) {
        return new Object[] {l.orderId(), l.lineNo(), l.sku(), l.quantity(), l.price()};
    }

    @Override
    public String keySql() {
        return "s.order_id || '#' || CAST(s.line_no AS VARCHAR(11))";
    }

    @Override
    public Column keyColumn() {
        return ORDER_ID;
    }

    @Override
    public String keyValueSql() {
        return "s.order_id || ' line ' || CAST(s.line_no AS VARCHAR(11))";
    }

    @Override
    public String repeated(String key, long firstLine, Words words) {
        return words.text("import.repeated.order-line", key, String.valueOf(firstLine));
    }

    /** Lines of orders not imported as purchases are rejected, like purchases of unknown customers. */
    @Override
    public int apply(Stage stage) {
        String known = "EXISTS (SELECT 1 FROM purchase p WHERE p.order_id = s.order_id)";
        int rejected = stage.reject(ORDER_ID, "s.order_id", stage.words().text("import.order-line.no-purchase"),
                "NOT " + known);
        stage.upsert(new Upsert("order_line", List.of("order_id", "line_no"), List.of("sku", "quantity", "price"), false,
                "SELECT s.order_id, s.line_no, s.sku, s.quantity, s.price FROM " + stage.table() + " s WHERE " + known));
        return rejected;
    }
}
