package fi.kanta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The picks benchmark's shop, as import files: customers, email consents for a sample of them,
 * products, their orders (purchases) and the orders' lines. Deterministic (one seed).
 *
 * <p>Co-purchase structure: the catalogue has a "collection" for every twenty products (twenty
 * products from two categories, drawn from the less popular part of each); every customer follows one
 * or two collections, and {@value #FROM_COLLECTION} of their lines come from them, the rest from the
 * shop's best sellers (popularity 1/rank within a category). So products of a collection are bought
 * together, as the demo shop's tastes are, only at any size.
 *
 * <p>Orders: 1 to 2n - 1 per customer and 1 to 4 lines each (2.5 on average), n chosen so that the
 * lines come to about {@code lines} in all; every order within the last {@value #DAYS} days before the
 * end date, so inside the picks window (730 days).
 */
final class PicksShop {

    static final int CATEGORIES = 20;
    static final int COLLECTION_SIZE = 20;
    static final double FROM_COLLECTION = 0.7;
    static final int DAYS = 700;
    private static final double OUT_OF_STOCK = 0.08;
    private static final long SEED = 20_261_206L;

    /** The files written and their data rows. */
    record Files(Path customers, Path consents, Path products, Path purchases, Path orderLines, long customerRows,
            long consentRows, long productRows, long purchaseRows, long lineRows) {
    }

    private PicksShop() {
    }

    /** Writes the five files into {@code folder}; every {@code customers / consented}-th customer has an email consent. */
    static Files generate(Path folder, int customers, int products, long lines, int consented, LocalDate end) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(SEED);
        int[] price = new int[products];
        Path productFile = folder.resolve("products.csv");
        try (BufferedWriter out = writer(productFile)) {
            out.write("sku,name,category,price,currency,page_url,image_url,in_stock\n");
            for (int p = 0; p < products; p++) {
                price[p] = 5 + random.nextInt(146);
                String sku = sku(p);
                out.write(sku + ",Tuote " + (p + 1) + ",Luokka " + (p % CATEGORIES + 1) + "," + price[p] + ".90,EUR,"
                        + "https://shop.example/p/" + sku + ",https://shop.example/i/" + sku + ".jpg,"
                        + (random.nextDouble() < OUT_OF_STOCK ? "no" : "yes") + "\n");
            }
        }
        // product p is in category p % CATEGORIES, with rank p / CATEGORIES there (0: the best seller)
        int perCategory = products / CATEGORIES;
        int collections = Math.max(1, products / COLLECTION_SIZE);
        int[][] collection = new int[collections][COLLECTION_SIZE];
        for (int[] members : collection) {
            int first = random.nextInt(CATEGORIES);
            int second = (first + 1 + random.nextInt(CATEGORIES - 1)) % CATEGORIES;
            for (int i = 0; i < members.length; i++) {
                int rank = perCategory / 4 + random.nextInt(Math.max(1, perCategory - perCategory / 4));
                members[i] = rank * CATEGORIES + (i % 2 == 0 ? first : second);
            }
        }
        double ordersPerCustomer = Math.max(1.0, (double) lines / customers / 2.5);
        int orderSpread = Math.max(1, (int) Math.round(2 * ordersPerCustomer - 1));
        long endDay = end.toEpochDay();
        long orders = 0;
        long lineRows = 0;
        long consents = 0;
        int consentEvery = Math.max(1, customers / Math.max(1, consented));
        Path customerFile = folder.resolve("customers.csv");
        Path consentFile = folder.resolve("consents.csv");
        Path purchaseFile = folder.resolve("purchases.csv");
        Path lineFile = folder.resolve("order-lines.csv");
        String[] languages = {"fi", "sv", "en"};
        StringBuilder row = new StringBuilder(256);
        try (BufferedWriter people = writer(customerFile); BufferedWriter consent = writer(consentFile);
                BufferedWriter purchases = writer(purchaseFile); BufferedWriter orderLines = writer(lineFile)) {
            people.write("customer_id,first_name,last_name,email,language\n");
            consent.write("customer_id,channel,granted,given_at\n");
            purchases.write("order_id,customer_id,purchased_at,amount,currency\n");
            orderLines.write("order_id,line_no,sku,quantity,price\n");
            int[] basket = new int[4];
            int[] quantity = new int[4];
            for (int c = 0; c < customers; c++) {
                String id = "K" + c;
                people.write(id + ",Asiakas" + c + ",Testinen,k" + c + "@picks.example," + languages[c % 3] + "\n");
                if (c % consentEvery == 0 && consents < consented) {
                    consent.write(id + ",email,yes,2025-01-01 10:00\n");
                    consents++;
                }
                int[] first = collection[random.nextInt(collections)];
                int[] second = random.nextInt(3) == 0 ? collection[random.nextInt(collections)] : first;
                int count = 1 + random.nextInt(orderSpread);
                for (int o = 0; o < count; o++) {
                    String order = "Q" + (++orders);
                    int size = 1 + random.nextInt(4);
                    long cents = 0;
                    for (int l = 0; l < size; l++) {
                        basket[l] = random.nextDouble() < FROM_COLLECTION
                                ? (random.nextBoolean() ? first : second)[random.nextInt(COLLECTION_SIZE)]
                                : bestSeller(random, perCategory);
                        quantity[l] = random.nextInt(10) == 0 ? 2 : 1;
                        cents += quantity[l] * (price[basket[l]] * 100L + 90);
                    }
                    long day = endDay - 1 - random.nextInt(DAYS);
                    row.setLength(0);
                    row.append(order).append(',').append(id).append(',').append(LocalDate.ofEpochDay(day)).append('T')
                            .append(10 + random.nextInt(10)).append(":00:00,").append(cents / 100).append('.')
                            .append(two(cents % 100)).append(",EUR\n");
                    purchases.write(row.toString());
                    for (int l = 0; l < size; l++) {
                        row.setLength(0);
                        row.append(order).append(',').append(l + 1).append(',').append(sku(basket[l])).append(',')
                                .append(quantity[l]).append(',').append(price[basket[l]]).append(".90\n");
                        orderLines.write(row.toString());
                    }
                    lineRows += size;
                }
            }
        }
        return new Files(customerFile, consentFile, productFile, purchaseFile, lineFile, customers, consents, products, orders,
                lineRows);
    }

    /** A best seller: a category at random, then rank r with probability about 1/r (log-uniform). */
    private static int bestSeller(SplittableRandom random, int perCategory) {
        int rank = (int) Math.exp(random.nextDouble() * Math.log(perCategory)) - 1;
        return Math.min(rank, perCategory - 1) * CATEGORIES + random.nextInt(CATEGORIES);
    }

    static String sku(int product) {
        return "P" + (product + 1);
    }

    private static String two(long cents) {
        return cents < 10 ? "0" + cents : Long.toString(cents);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
