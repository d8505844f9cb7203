package fi.kanta.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo shop's catalogue and what each order held: a product file and an order-line file in the
 * formats {@code kanta import products} and {@code kanta import order-lines} read.
 *
 * <p><b>The catalogue.</b> Seven categories (those of the purchases) of six kinds of product in seven
 * colours: 294 products, named in Finnish (the shop's language), Swedish and English. Within a
 * category a product's popularity falls with its rank (Zipf, exponent 1), in a random order of the
 * category's products; about one in twelve is out of stock. Pages and images are https addresses
 * under the demo shop's reserved {@code .example} domain.
 *
 * <p><b>Tastes.</b> {@value #TASTES} groups of {@value #TASTE_SIZE} products that the same people buy,
 * together and over time ("trail runner", "new parent", "home cook"...). Each taste draws its products
 * from two or three categories and only from a category's less popular half, so that what a taste
 * predicts is not what the category's bestseller list predicts. A customer has one taste, or two
 * (one in three), drawn uniformly: tastes are not more popular than one another.
 *
 * <p><b>An order's lines.</b> One to four lines (1: 45 %, 2: 30 %, 3: 15 %, 4: 10 %); the first is in
 * the purchase's category. A line comes from one of the customer's tastes with probability
 * {@value #FROM_TASTE} (the first line from the taste's products in the purchase's category, when it
 * has some), and otherwise from the whole category by popularity (the first line) or from any
 * category's bestsellers by popularity (the others). So "most popular in the favourite category"
 * finds the popularity part, and only a model of who buys what with whom finds the taste part.
 * Quantity 1 mostly, 2 or 3 sometimes; a line's price is the product's (in kronor for an order paid
 * in kronor). Refunds have no lines; an order's total is its purchase row's amount (shipping and
 * vouchers make the two differ, as in a real shop).
 *
 * <p>Deterministic: the catalogue comes from the seed alone, a customer's lines from their own stream
 * after everything else was drawn from it, so adding lines changed no customer, purchase or consent.
 */
final class DemoProducts {

    static final String[] PRODUCT_HEADER = {"sku", "name", "category", "price", "currency", "page_url", "image_url",
        "in_stock", "name_fi", "name_sv", "name_en"};
    static final String[] ORDER_LINE_HEADER = {"order_id", "line_no", "sku", "quantity", "price"};

    static final int TASTES = 12;
    static final int TASTE_SIZE = 10;
    static final double FROM_TASTE = 0.75;
    private static final double TWO_TASTES = 1.0 / 3;
    private static final double OUT_OF_STOCK = 1.0 / 12;
    private static final double[] LINES = {45, 30, 15, 10};
    private static final double[] QUANTITY = {88, 10, 2};
    private static final double SEK_PER_EUR = 11.5;

    /** Per category (in {@link DemoPurchases#CATEGORIES} order): six kinds, each {fi, sv, en}, and a price range in euros. */
    private static final String[][][] KINDS = {
        {{"T-paita", "T-tröja", "T-shirt"}, {"Huppari", "Huvtröja", "Hoodie"}, {"Farkut", "Jeans", "Jeans"},
            {"Takki", "Jacka", "Jacket"}, {"Mekko", "Klänning", "Dress"}, {"Huivi", "Halsduk", "Scarf"}},
        {{"Lenkkarit", "Löparskor", "Running shoes"}, {"Saappaat", "Stövlar", "Boots"}, {"Sandaalit", "Sandaler", "Sandals"},
            {"Tennarit", "Sneakers", "Sneakers"}, {"Tossut", "Tofflor", "Slippers"}, {"Kävelykengät", "Promenadskor", "Walking shoes"}},
        {{"Tyyny", "Kudde", "Cushion"}, {"Viltti", "Filt", "Throw"}, {"Kynttilä", "Ljus", "Candle"},
            {"Kahvikuppi", "Kaffekopp", "Coffee cup"}, {"Pyyhe", "Handduk", "Towel"}, {"Paistinpannu", "Stekpanna", "Frying pan"}},
        {{"Kasvovoide", "Ansiktskräm", "Face cream"}, {"Shampoo", "Schampo", "Shampoo"}, {"Huulipuna", "Läppstift", "Lipstick"},
            {"Käsivoide", "Handkräm", "Hand cream"}, {"Tuoksu", "Doft", "Fragrance"}, {"Kynsilakka", "Nagellack", "Nail polish"}},
        {{"Juoksupaita", "Löpartröja", "Running top"}, {"Joogamatto", "Yogamatta", "Yoga mat"}, {"Juomapullo", "Vattenflaska", "Water bottle"},
            {"Treenihousut", "Träningsbyxor", "Training trousers"}, {"Reppu", "Ryggsäck", "Backpack"}, {"Pipo", "Mössa", "Beanie"}},
        {{"Body", "Body", "Bodysuit"}, {"Lasten sadeasu", "Regnställ för barn", "Kids' rain set"}, {"Pehmolelu", "Gosedjur", "Soft toy"},
            {"Lasten pipo", "Barnmössa", "Kids' beanie"}, {"Palapeli", "Pussel", "Jigsaw puzzle"}, {"Lasten kumpparit", "Barnstövlar", "Kids' wellies"}},
        {{"Lahjakortti", "Presentkort", "Gift card"}, {"Suklaarasia", "Chokladask", "Chocolate box"}, {"Kortti", "Kort", "Card"},
            {"Lahjapaketti", "Presentpaket", "Gift set"}, {"Teerasia", "Teask", "Tea box"}, {"Muistikirja", "Anteckningsbok", "Notebook"}},
    };
    private static final int[][] PRICES = {{15, 120}, {40, 160}, {8, 70}, {6, 60}, {12, 90}, {8, 50}, {5, 50}};
    private static final String[][] COLOURS = {
        {"musta", "svart", "black"}, {"valkoinen", "vit", "white"}, {"sininen", "blå", "blue"}, {"vihreä", "grön", "green"},
        {"punainen", "röd", "red"}, {"harmaa", "grå", "grey"}, {"beige", "beige", "beige"},
    };

    /** One product: its place in its category's popularity list ({@code rank} 0 the bestseller). */
    record Product(String sku, int category, int rank, long cents, boolean inStock, String fi, String sv, String en) {
    }

    private final List<Product> products = new ArrayList<>();
    /** Per category: its products, bestseller first, and their popularity weights. */
    private final List<List<Product>> byCategory = new ArrayList<>();
    private final List<double[]> weights = new ArrayList<>();
    /** The bestsellers of every category together, weighted by popularity times the category's share. */
    private final List<Product> all = new ArrayList<>();
    private double[] allWeights;
    /** Per taste: its products; per taste and category: those of that category. */
    private final List<List<Product>> tastes = new ArrayList<>();

    /** The catalogue and tastes of the shop with {@code seed}. */
    DemoProducts(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] categoryWeights = DemoPurchases.CATEGORY_WEIGHTS;
        List<Double> allWeightList = new ArrayList<>();
        for (int c = 0; c < KINDS.length; c++) {
            List<Product> category = new ArrayList<>();
            int count = KINDS[c].length * COLOURS.length;
            int[] ranks = shuffled(random, count);
            for (int k = 0; k < KINDS[c].length; k++) {
                for (int colour = 0; colour < COLOURS.length; colour++) {
                    int n = k * COLOURS.length + colour;
                    long euros = PRICES[c][0] + random.nextInt(PRICES[c][1] - PRICES[c][0] + 1);
                    String[] kind = KINDS[c][k];
                    Product product = new Product(String.format("SKU-%d%02d", c + 1, n + 1), c, ranks[n], euros * 100 - 10,
                            !Draw.chance(random, OUT_OF_STOCK), kind[0] + ", " + COLOURS[colour][0],
                            kind[1] + ", " + COLOURS[colour][1], kind[2] + ", " + COLOURS[colour][2]);
                    products.add(product);
                    category.add(product);
                }
            }
            category.sort(java.util.Comparator.comparingInt(Product::rank));
            double[] w = new double[category.size()];
            for (int r = 0; r < w.length; r++) {
                w[r] = 1.0 / (r + 1);
                all.add(category.get(r));
                allWeightList.add(w[r] * categoryWeights[c]);
            }
            byCategory.add(category);
            weights.add(w);
        }
        allWeights = allWeightList.stream().mapToDouble(Double::doubleValue).toArray();
        for (int t = 0; t < TASTES; t++) {
            int categories = 2 + random.nextInt(2);
            int[] chosen = shuffled(random, KINDS.length);
            List<Product> taste = new ArrayList<>();
            for (int i = 0; i < TASTE_SIZE; i++) {
                List<Product> category = byCategory.get(chosen[i % categories]);
                // the less popular half: a taste is not the bestseller list
                Product product;
                do {
                    product = category.get(category.size() / 2 + random.nextInt(category.size() - category.size() / 2));
                } while (taste.contains(product));
                taste.add(product);
            }
            tastes.add(taste);
        }
    }

    private static int[] shuffled(SplittableRandom random, int count) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    List<Product> products() {
        return products;
    }

    /** Writes the product file. */
    void writeProducts(DemoCsv csv, String shopUrl) throws IOException {
        for (Product p : products) {
            csv.row(p.sku(), p.fi(), DemoPurchases.CATEGORIES[p.category()], DemoFormat.money(p.cents()), "EUR",
                    shopUrl + "/products/" + p.sku().toLowerCase(java.util.Locale.ROOT),
                    shopUrl + "/images/" + p.sku().toLowerCase(java.util.Locale.ROOT) + ".jpg",
                    p.inStock() ? "yes" : "no", p.fi(), p.sv(), p.en());
        }
    }

    /** A customer's tastes: one, or two different ones. */
    int[] tastesOf(SplittableRandom random) {
        int first = random.nextInt(TASTES);
        if (!Draw.chance(random, TWO_TASTES)) {
            return new int[] {first};
        }
        int second = random.nextInt(TASTES - 1);
        return new int[] {first, second >= first ? second + 1 : second};
    }

    /** Writes the lines of one order (not a refund) of a customer with {@code tastes}. */
    void writeLines(DemoCsv csv, SplittableRandom random, int[] tastesOf, String orderId, String category, String currency)
            throws IOException {
        int categoryIndex = java.util.Arrays.asList(DemoPurchases.CATEGORIES).indexOf(category);
        int lines = 1 + Draw.weighted(random, LINES);
        List<Product> inOrder = new ArrayList<>(lines);
        for (int line = 0; line < lines; line++) {
            Product product = null;
            List<Product> taste = tastes.get(tastesOf[random.nextInt(tastesOf.length)]);
            if (Draw.chance(random, FROM_TASTE)) {
                List<Product> candidates = line == 0
                        ? taste.stream().filter(p -> p.category() == categoryIndex).toList() : taste;
                if (!candidates.isEmpty()) {
                    product = candidates.get(random.nextInt(candidates.size()));
                }
            }
            if (product == null) {
                product = line == 0 ? byCategory.get(categoryIndex).get(Draw.weighted(random, weights.get(categoryIndex)))
                        : all.get(Draw.weighted(random, allWeights));
            }
            if (inOrder.contains(product)) {
                continue; // one line a product
            }
            inOrder.add(product);
            int quantity = 1 + Draw.weighted(random, QUANTITY);
            long cents = "SEK".equals(currency) ? Math.round(product.cents() * SEK_PER_EUR / 100.0) * 100 : product.cents();
            csv.row(orderId, inOrder.size(), product.sku(), quantity, DemoFormat.money(cents));
        }
    }
}
