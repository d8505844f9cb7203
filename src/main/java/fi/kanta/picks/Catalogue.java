package fi.kanta.picks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shop's products as the pick run sees them: each product a dense index (0..n-1), its category an
 * index too, and whether it is in stock now. Twenty thousand products are a few hundred kilobytes.
 */
final class Catalogue {

    final long[] ids;
    final int[] category;       // -1: no category
    final boolean[] inStock;
    final List<String> categories;
    final Map<String, Integer> bySku;
    private final Map<String, Integer> categoryByName;

    private Catalogue(long[] ids, int[] category, boolean[] inStock, List<String> categories, Map<String, Integer> bySku,
            Map<String, Integer> categoryByName) {
        this.ids = ids;
        this.category = category;
        this.inStock = inStock;
        this.categories = categories;
        this.bySku = bySku;
        this.categoryByName = categoryByName;
    }

    static Catalogue read(JdbcTemplate jdbc) {
        List<Long> ids = new ArrayList<>();
        List<Integer> categoryOf = new ArrayList<>();
        List<Boolean> stock = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Map<String, Integer> categoryByName = new HashMap<>();
        Map<String, Integer> bySku = new HashMap<>();
        jdbc.query("SELECT id, sku, category, in_stock FROM product ORDER BY id", row -> {
            String name = row.getString(3);
            int category = -1;
            if (name != null && !name.isBlank()) {
                // categories compare in lower case, as interests and segments' bought: do
                category = categoryByName.computeIfAbsent(key(name), k -> {
                    categories.add(name);
                    return categories.size() - 1;
                });
            }
            bySku.put(row.getString(2), ids.size());
            ids.add(row.getLong(1));
            categoryOf.add(category);
            stock.add(row.getBoolean(4));
        });
        long[] idArray = ids.stream().mapToLong(Long::longValue).toArray();
        int[] categoryArray = categoryOf.stream().mapToInt(Integer::intValue).toArray();
        boolean[] stockArray = new boolean[stock.size()];
        for (int i = 0; i < stockArray.length; i++) {
            stockArray[i] = stock.get(i);
        }
        return new Catalogue(idArray, categoryArray, stockArray, List.copyOf(categories), bySku, categoryByName);
    }

    int size() {
        return ids.length;
    }

    /** The index of a category named by a customer's interest, or -1 when no product has it. */
    int category(String name) {
        return name == null ? -1 : categoryByName.getOrDefault(key(name), -1);
    }

    private static String key(String category) {
        return category.strip().toLowerCase(Locale.ROOT);
    }
}
