package fi.kanta.bench;

import fi.kanta.cli.Kanta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The picks' backtest on a real shop's baskets (not a test): Weka's {@code supermarket.arff}, 4,627
 * shoppers' baskets from a New Zealand supermarket, each basket the departments (217, such as "bread and
 * cake", "frozen foods"; many only numbered) that one shopper bought from on one trip. The file has no
 * customer ids beyond the basket, no dates and no prices, so each basket is split in two: a random part
 * of its departments (seeded) is the shopper's order on D1, the rest their order on the day after. The
 * backtest then asks what it asks of any shop: fitted on D1's orders, did the shopper buy one of their
 * top 10 picks on the next day, against the best sellers (the departments have no categories, so the
 * baseline is the shop's best sellers the shopper has not bought). Run with bench/picks-real-shop, which
 * fetches the file.
 *
 * <p>Arguments: the .arff file, then optionally the share of each basket's departments held out for the
 * next day (default 0: one department, "leave one out"; 0.5 holds out half, and then nearly every list
 * of ten staples finds one) and the seeds of the split (default 1, 2, 3). Each seed imports the four files into a
 * fresh home under target/bench/ with {@code kanta import} and runs
 * {@code kanta score --calibrate-until D1 --holdout-until D2 --picks}.
 */
public final class RealShopPicks {

    static final LocalDate D1 = LocalDate.of(2026, 11, 2);
    static final LocalDate D2 = D1.plusDays(1);
    private static final Pattern ATTRIBUTE = Pattern.compile("@attribute\\s+'([^']*)'\\s+\\{([^}]*)}.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("Bought one of their top 10: picks ([0-9.]+) %, best sellers of their"
            + " favourite category ([0-9.]+) %");
    private static final Pattern DIFFERENCE = Pattern.compile("Difference in the top 10: ([-+0-9.]+) percentage points, 95 % interval"
            + " ([-+0-9.]+) to ([-+0-9.]+)");
    private static final Pattern CUSTOMERS = Pattern.compile("([0-9,]+) customers had order lines; ([0-9,]+) of them");

    /** The shop as the file says it: department names and each basket's departments (indexes). */
    record Supermarket(List<String> departments, List<int[]> baskets) {

        static Supermarket read(Path arff) throws IOException {
            List<String> departments = new ArrayList<>();
            List<int[]> baskets = new ArrayList<>();
            boolean data = false;
            int columns = 0;
            for (String line : Files.readAllLines(arff, StandardCharsets.ISO_8859_1)) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("%")) {
                    continue;
                }
                if (!data) {
                    Matcher attribute = ATTRIBUTE.matcher(text);
                    if (attribute.matches()) {
                        columns++;
                        // the last attribute, "total" {low, high}, is the spend's class, not a department
                        if (attribute.group(2).strip().equals("t")) {
                            departments.add(attribute.group(1));
                        }
                    } else if (text.equalsIgnoreCase("@data")) {
                        data = true;
                    }
                    continue;
                }
                String[] values = text.split(",", -1);
                if (values.length != columns) {
                    throw new IllegalArgumentException(arff + ": a basket with " + values.length + " values, not " + columns);
                }
                int[] bought = new int[departments.size()];
                int n = 0;
                for (int d = 0; d < departments.size(); d++) {
                    if (values[d].equals("t")) {
                        bought[n++] = d;
                    }
                }
                baskets.add(java.util.Arrays.copyOf(bought, n));
            }
            if (departments.isEmpty() || baskets.isEmpty()) {
                throw new IllegalArgumentException(arff + ": no departments or no baskets (is it Weka's supermarket.arff?)");
            }
            return new Supermarket(List.copyOf(departments), List.copyOf(baskets));
        }

        long lines() {
            return baskets.stream().mapToLong(b -> b.length).sum();
        }
    }

    /** One split's import files and what went where. */
    record Split(Path customers, Path purchases, Path products, Path orderLines, long shoppers, long before, long after) {
    }

    /**
     * Writes Kanta's import files: one customer per basket, an order on D1 with the departments kept and
     * one on D2 with those held out (every basket with two or more departments keeps at least one and
     * holds out at least one; a basket of one department is D1's only). Each department is a product
     * without a category; a line is one unit at 1.00, as the file has no prices.
     */
    static Split write(Supermarket shop, double heldOut, long seed, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path customers = folder.resolve("customers.csv");
        Path purchases = folder.resolve("purchases.csv");
        Path products = folder.resolve("products.csv");
        Path orderLines = folder.resolve("order-lines.csv");
        try (Writer out = Files.newBufferedWriter(products)) {
            out.write("sku;name\n");
            for (int d = 0; d < shop.departments().size(); d++) {
                out.write(sku(d) + ";" + shop.departments().get(d) + "\n");
            }
        }
        Random random = new Random(seed);
        long before = 0;
        long after = 0;
        try (Writer people = Files.newBufferedWriter(customers);
             Writer orders = Files.newBufferedWriter(purchases);
             Writer lines = Files.newBufferedWriter(orderLines)) {
            people.write("customer_id\n");
            orders.write("order_id;customer_id;purchased_at;amount\n");
            lines.write("order_id;sku;quantity;price\n");
            for (int s = 0; s < shop.baskets().size(); s++) {
                List<Integer> basket = new ArrayList<>();
                for (int d : shop.baskets().get(s)) {
                    basket.add(d);
                }
                if (basket.isEmpty()) {
                    continue;
                }
                Collections.shuffle(basket, random);
                int held = basket.size() < 2 ? 0 : Math.max(1, Math.min(basket.size() - 1, (int) Math.round(heldOut * basket.size())));
                int kept = basket.size() - held;
                String shopper = String.format(Locale.ROOT, "S%05d", s + 1);
                people.write(shopper + "\n");
                order(orders, lines, shopper + "-1", shopper, D1, basket.subList(0, kept));
                before += kept;
                if (held > 0) {
                    order(orders, lines, shopper + "-2", shopper, D2, basket.subList(kept, basket.size()));
                    after += held;
                }
            }
        }
        return new Split(customers, purchases, products, orderLines, shop.baskets().size(), before, after);
    }

    private static void order(Writer orders, Writer lines, String order, String shopper, LocalDate day, List<Integer> departments)
            throws IOException {
        orders.write(order + ";" + shopper + ";" + day + "T10:00:00;" + departments.size() + ".00\n");
        for (int d : departments) {
            lines.write(order + ";" + sku(d) + ";1;1.00\n");
        }
    }

    private static String sku(int department) {
        return String.format(Locale.ROOT, "D%03d", department + 1);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: RealShopPicks supermarket.arff [held-out share] [seed...]");
        }
        Supermarket shop = Supermarket.read(Path.of(args[0]));
        double heldOut = args.length > 1 ? Double.parseDouble(args[1]) : 0.0;
        List<Long> seeds = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            seeds.add(Long.parseLong(args[i]));
        }
        if (seeds.isEmpty()) {
            seeds = List.of(1L, 2L, 3L);
        }
        List<String> rows = new ArrayList<>();
        for (long seed : seeds) {
            Path home = Bench.fresh("real-shop-home-" + seed);
            Split split = write(shop, heldOut, seed, Bench.WORK.resolve("real-shop-files-" + seed));
            String connection = "--kanta.home=" + home;
            kanta(connection, "import", "customers", split.customers().toString());
            kanta(connection, "import", "purchases", split.purchases().toString());
            kanta(connection, "import", "products", split.products().toString());
            kanta(connection, "import", "order-lines", split.orderLines().toString());
            String report = kanta(connection, "score", "--calibrate-until", D1.toString(), "--holdout-until", D2.toString(), "--picks");
            rows.add(row(seed, split, report));
        }
        System.out.printf(Locale.ROOT, "%nWeka's supermarket.arff: %,d baskets, %,d departments, %,d basket lines; held out for"
                + " the next day: %s%n", shop.baskets().size(), shop.departments().size(), shop.lines(), heldOut == 0
                        ? "one department of each basket (leave one out)"
                        : String.format(Locale.ROOT, "%.0f %% of each basket's departments", 100 * heldOut));
        System.out.printf("%-5s %10s %11s %11s %12s %12s %12s %20s%n", "seed", "customers", "lines D1", "lines D2", "picks top 10",
                "best sellers", "difference", "95 % interval");
        rows.forEach(System.out::println);
        System.out.printf("%nPercentages are shares of the customers; the difference is in percentage points.%n%s%n", Bench.machine());
    }

    /** Runs kanta in this JVM and returns what it printed (also shown); a failed command stops the benchmark. */
    private static String kanta(String connection, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add(connection);
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = Kanta.run(args.toArray(String[]::new));
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        if (exit != 0) {
            throw new IllegalStateException("kanta " + String.join(" ", command) + " failed with exit code " + exit);
        }
        return text;
    }

    static String row(long seed, Split split, String report) {
        Matcher customers = CUSTOMERS.matcher(report);
        Matcher share = SHARE.matcher(report);
        Matcher difference = DIFFERENCE.matcher(report);
        if (!customers.find() || !share.find() || !difference.find()) {
            throw new IllegalStateException("the backtest's report has changed its wording:\n" + report);
        }
        return String.format(Locale.ROOT, "%-5d %10s %,11d %,11d %11s%% %11s%% %12s %20s", seed, customers.group(1), split.before(),
                split.after(), share.group(1), share.group(2), difference.group(1), difference.group(2) + " to " + difference.group(3));
    }
}
