package fi.kanta;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Products and orders with their lines, written straight into the tables (as the product and order-line imports leave them). */
public final class TestBaskets {

    private final JdbcTemplate jdbc;
    private long orders;

    public TestBaskets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A product in stock with a page and a picture; returns its id. */
    public long product(String sku, String name, String category, String price) {
        return product(sku, name, category, price, true);
    }

    public long product(String sku, String name, String category, String price, boolean inStock) {
        jdbc.update("INSERT INTO product (sku, name, category, price, currency, page_url, image_url, in_stock, updated_at)"
                + " VALUES (?, ?, ?, ?, 'EUR', ?, ?, ?, ?)", sku, name, category, new BigDecimal(price),
                "https://shop.example.com/p/" + sku, "https://shop.example.com/img/" + sku + ".jpg", inStock,
                Timestamp.valueOf(LocalDate.of(2026, 1, 1).atStartOfDay()));
        return jdbc.queryForObject("SELECT id FROM product WHERE sku = ?", Long.class, sku);
    }

    public void stock(String sku, boolean inStock) {
        jdbc.update("UPDATE product SET in_stock = ? WHERE sku = ?", inStock, sku);
    }

    /** An order of one of each product on the day, at the products' prices. */
    public void order(long customer, LocalDate day, String... skus) {
        String order = "L" + (++orders);
        BigDecimal total = BigDecimal.ZERO;
        for (int line = 0; line < skus.length; line++) {
            BigDecimal price = jdbc.queryForObject("SELECT COALESCE(MAX(price), 1) FROM product WHERE sku = ?", BigDecimal.class,
                    skus[line]);
            jdbc.update("INSERT INTO order_line (order_id, line_no, sku, quantity, price) VALUES (?, ?, ?, 1, ?)", order, line + 1,
                    skus[line], price);
            total = total.add(price);
        }
        jdbc.update("INSERT INTO purchase (order_id, customer_id, purchased_at, amount, currency, amount_base) VALUES (?, ?, ?, ?, 'EUR', ?)",
                order, customer, Timestamp.valueOf(day.atTime(12, 0)), total, total);
    }
}
