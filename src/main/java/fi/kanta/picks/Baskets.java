package fi.kanta.picks;

import fi.kanta.customer.CustomerChoices;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each customer bought in a window of days, product by product: a compressed table (customer →
 * products) with each product's recency weight (its latest purchase's: half as much for every half-life
 * of days before the window's end) and the customer's spend on it. Read in one streamed query over
 * order lines and orders, so ten million lines cost one pass of the database and ~16 bytes a line here.
 *
 * <p>Customers who chose "do not profile me" are never read; nor are lines of products the catalogue
 * does not list (they can be no one's pick), returns or lines without a customer.
 */
final class Baskets {

    /** Lines of orders in [from, until) by customers who allow profiling (see {@link CustomerChoices}). */
    private static final String LINES = "SELECT p.customer_id, ol.sku, CAST(p.purchased_at AS DATE), ol.quantity * ol.price"
            + " FROM order_line ol JOIN purchase p ON p.order_id = ol.order_id"
            + " WHERE p.purchased_at >= ? AND p.purchased_at < ? AND p.customer_id >= 0 AND ol.quantity > 0"
            + " AND p.customer_id NOT IN (" + CustomerChoices.NOT_PROFILED_SET + ")";

    final long[] customerIds; // dense customer index → customer.id
    final int[] start;        // customer i's products are entries start[i] .. start[i + 1] - 1
    final int[] product;
    final float[] weight;
    final float[] spend;

    private Baskets(long[] customerIds, int[] start, int[] product, float[] weight, float[] spend) {
        this.customerIds = customerIds;
        this.start = start;
        this.product = product;
        this.weight = weight;
        this.spend = spend;
    }

    int customers() {
        return customerIds.length;
    }

    /**
     * The lines of orders on the days {@code from} .. {@code until} (both included), weighted as seen on
     * {@code until}; {@code jdbc} should stream (a fetch size, in a transaction on PostgreSQL).
     */
    static Baskets read(JdbcTemplate jdbc, Catalogue catalogue, LocalDate from, LocalDate until, double halfLifeDays) {
        Map<Long, Integer> index = new HashMap<>();
        Ints customerOf = new Ints();
        Ints productOf = new Ints();
        Ints dayOf = new Ints();
        Floats spendOf = new Floats();
        jdbc.query(LINES, row -> {
            Integer product = catalogue.bySku.get(row.getString(2));
            if (product == null) {
                return;
            }
            long customer = row.getLong(1);
            Integer dense = index.get(customer);
            if (dense == null) {
                dense = index.size();
                index.put(customer, dense);
            }
            customerOf.add(dense);
            productOf.add(product);
            dayOf.add((int) row.getDate(3).toLocalDate().toEpochDay());
            spendOf.add(Math.max(0f, row.getFloat(4)));
        }, from.atStartOfDay(), until.plusDays(1).atStartOfDay());
        long[] customerIds = new long[index.size()];
        index.forEach((id, dense) -> customerIds[dense] = id);
        return group(customerIds, customerOf, productOf, dayOf, spendOf, until.toEpochDay(), halfLifeDays);
    }

    /** Sorts the lines by customer (a counting sort), then merges each customer's lines of one product. */
    static Baskets group(long[] customerIds, Ints customerOf, Ints productOf, Ints dayOf, Floats spendOf, long untilDay,
            double halfLifeDays) {
        int customers = customerIds.length;
        int lines = customerOf.size();
        int[] offset = new int[customers + 1];
        for (int i = 0; i < lines; i++) {
            offset[customerOf.get(i) + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            offset[c + 1] += offset[c];
        }
        int[] fill = Arrays.copyOf(offset, customers);
        long[] keyed = new long[lines]; // product << 32 | line: sorted per customer, one product's lines together
        for (int i = 0; i < lines; i++) {
            keyed[fill[customerOf.get(i)]++] = ((long) productOf.get(i) << 32) | i;
        }
        int[] start = new int[customers + 1];
        Ints product = new Ints();
        Floats weight = new Floats();
        Floats spend = new Floats();
        for (int c = 0; c < customers; c++) {
            Arrays.sort(keyed, offset[c], offset[c + 1]);
            start[c] = product.size();
            int previous = -1;
            int latest = Integer.MIN_VALUE;
            float spent = 0;
            for (int k = offset[c]; k < offset[c + 1]; k++) {
                int p = (int) (keyed[k] >>> 32);
                int line = (int) keyed[k];
                if (p != previous && previous >= 0) {
                    add(product, weight, spend, previous, latest, spent, untilDay, halfLifeDays);
                    latest = Integer.MIN_VALUE;
                    spent = 0;
                }
                previous = p;
                latest = Math.max(latest, dayOf.get(line));
                spent += spendOf.get(line);
            }
            if (previous >= 0) {
                add(product, weight, spend, previous, latest, spent, untilDay, halfLifeDays);
            }
        }
        start[customers] = product.size();
        return new Baskets(customerIds, start, toArray(product), toArray(weight), toArray(spend));
    }

    private static void add(Ints product, Floats weight, Floats spend, int p, int latestDay, float spent, long untilDay,
            double halfLifeDays) {
        product.add(p);
        weight.add((float) Math.pow(0.5, Math.max(0, untilDay - latestDay) / halfLifeDays));
        spend.add(spent);
    }

    private static int[] toArray(Ints values) {
        int[] array = new int[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private static float[] toArray(Floats values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
