package fi.kanta.picks;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A shop whose customers have tastes: each belongs to one of {@value #TASTES} groups, and each group
 * likes a dozen products across the categories (a cook: the knife, the board, the cook book, the apron).
 * Most lines are from the customer's group's products, the rest from the whole shop by popularity (a
 * few best sellers sell most). Co-purchases can find the tastes; a category's best sellers cannot.
 * Written straight into the tables, seeded, so a seed is the same shop every time.
 */
final class TasteShop {

    static final int PRODUCTS = 200;
    static final int CATEGORIES = 10;
    static final int TASTES = 20;
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    static final int DAYS = 730;

    private TasteShop() {
    }

    static void write(JdbcTemplate jdbc, long seed, int customers) {
        Random random = new Random(seed);
        List<Object[]> products = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            products.add(new Object[] {"T" + p, "Product " + p, "Category " + (p % CATEGORIES), new BigDecimal(5 + random.nextInt(95)),
                    Timestamp.valueOf(FIRST_DAY.atStartOfDay())});
        }
        jdbc.batchUpdate("INSERT INTO product (sku, name, category, price, currency, in_stock, updated_at) VALUES (?, ?, ?, ?, 'EUR', TRUE, ?)",
                products);
        int[][] liked = new int[TASTES][12];
        for (int[] taste : liked) {
            for (int i = 0; i < taste.length; i++) {
                taste[i] = random.nextInt(PRODUCTS);
            }
        }
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 12, 0);
        List<Object[]> people = new ArrayList<>();
        List<Object[]> orders = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM customer", Long.class);
        int order = 0;
        for (int c = 0; c < customers; c++) {
            long id = first + c;
            people.add(new Object[] {id, "TS" + seed + "-" + c, Timestamp.valueOf(now), Timestamp.valueOf(now)});
            int[] taste = liked[random.nextInt(TASTES)];
            int count = 1 + random.nextInt(8);
            for (int o = 0; o < count; o++) {
                String orderId = "TS" + seed + "-" + (++order);
                int size = 1 + random.nextInt(3);
                BigDecimal total = BigDecimal.ZERO;
                for (int line = 1; line <= size; line++) {
                    int product = random.nextDouble() < 0.7 ? taste[random.nextInt(taste.length)] : popular(random);
                    BigDecimal price = (BigDecimal) products.get(product)[3];
                    lines.add(new Object[] {orderId, line, "T" + product, price});
                    total = total.add(price);
                }
                orders.add(new Object[] {orderId, id, Timestamp.valueOf(FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(12, 0)), total,
                        total});
            }
        }
        jdbc.batchUpdate("INSERT INTO customer (id, external_id, created_at, updated_at) VALUES (?, ?, ?, ?)", people);
        jdbc.batchUpdate("INSERT INTO purchase (order_id, customer_id, purchased_at, amount, currency, amount_base) VALUES (?, ?, ?, ?, 'EUR', ?)",
                orders);
        jdbc.batchUpdate("INSERT INTO order_line (order_id, line_no, sku, quantity, price) VALUES (?, ?, ?, 1, ?)", lines);
    }

    /** A product by popularity: product p about as likely as 1 / (p + 1). */
    private static int popular(Random random) {
        return (int) Math.min(PRODUCTS - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(PRODUCTS + 1)) - 1));
    }
}
