package fi.kanta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoShopTest {

    private static final LocalDate END = LocalDate.of(2026, 3, 14);
    private static final List<String> FILES = List.of("customers.csv", "purchases.csv", "consents.csv", "suppressions.csv",
            "products.csv", "order-lines.csv");

    @TempDir
    static Path shared;

    /** The default-size shop, made once for the feature tests. */
    static DemoShop.Files shop;
    static List<CSVRecord> customers;
    static List<CSVRecord> purchases;
    static List<CSVRecord> consents;
    static List<CSVRecord> suppressions;
    static List<CSVRecord> products;
    static List<CSVRecord> orderLines;

    @BeforeAll
    static void generate() throws IOException {
        shop = DemoShop.generate(shared.resolve("shop"), 1000, END, DemoShop.DEFAULT_SEED);
        customers = read(shop.customers());
        purchases = read(shop.purchases());
        consents = read(shop.consents());
        suppressions = read(shop.suppressions());
        products = read(shop.products());
        orderLines = read(shop.orderLines());
    }

    @Test
    void sameSeedSizeAndDayGiveTheSameBytesAnotherSeedAnotherShop(@TempDir Path dir) throws IOException {
        DemoShop.generate(dir.resolve("a"), 1000, END, 42);
        DemoShop.generate(dir.resolve("b"), 1000, END, 42);
        DemoShop.generate(dir.resolve("c"), 1000, END, 43);
        for (String file : FILES) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file))).as(file).isEqualTo(-1);
        }
        assertThat(Files.mismatch(dir.resolve("a/customers.csv"), dir.resolve("c/customers.csv"))).isNotEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("a/purchases.csv"), dir.resolve("c/purchases.csv"))).isNotEqualTo(-1);

        // a smaller shop is the first customers of a bigger one
        DemoShop.generate(dir.resolve("small"), 300, END, 42);
        for (String file : List.of("customers.csv", "purchases.csv")) {
            String small = Files.readString(dir.resolve("small").resolve(file));
            assertThat(Files.readString(dir.resolve("a").resolve(file))).startsWith(small);
        }
    }

    @Test
    void aLaterDayIsTheSameShopMovedForward(@TempDir Path dir) throws IOException {
        DemoShop.Files today = DemoShop.generate(dir.resolve("today"), 300, END, 7);
        DemoShop.Files tomorrow = DemoShop.generate(dir.resolve("tomorrow"), 300, END.plusDays(1), 7);
        assertThat(tomorrow.purchaseRows()).isEqualTo(today.purchaseRows());
        List<CSVRecord> before = read(today.purchases());
        List<CSVRecord> after = read(tomorrow.purchases());
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).get("order_id")).isEqualTo(before.get(i).get("order_id"));
            assertThat(after.get(i).get("customer_id")).isEqualTo(before.get(i).get("customer_id"));
            assertThat(LocalDateTime.parse(after.get(i).get("purchased_at")))
                    .isEqualTo(LocalDateTime.parse(before.get(i).get("purchased_at")).plusDays(1));
        }
        List<CSVRecord> people = read(today.customers());
        List<CSVRecord> samePeople = read(tomorrow.customers());
        for (int i = 0; i < people.size(); i++) {
            assertThat(samePeople.get(i).get("email")).isEqualTo(people.get(i).get("email"));
        }
    }

    @Test
    void filesHaveTheCanonicalHeadersAndCounts() throws IOException {
        assertThat(firstLine(shop.customers()))
                .isEqualTo("customer_id,first_name,last_name,email,phone,street,postal_code,city,country,language,customer_since");
        assertThat(firstLine(shop.purchases())).isEqualTo("order_id,customer_id,purchased_at,amount,currency,category,offer_code");
        assertThat(firstLine(shop.consents())).isEqualTo("customer_id,channel,granted,given_at,source");
        assertThat(firstLine(shop.suppressions())).isEqualTo("email,customer_id,reason,suppressed_at,source");
        assertThat(customers).hasSize(1000);
        assertThat(purchases).hasSize((int) shop.purchaseRows());
        assertThat(consents).hasSize((int) shop.consentRows());
        assertThat(suppressions).hasSize((int) shop.suppressionRows()).isNotEmpty();
        assertThat(firstLine(shop.products()))
                .isEqualTo("sku,name,category,price,currency,page_url,image_url,in_stock,name_fi,name_sv,name_en");
        assertThat(firstLine(shop.orderLines())).isEqualTo("order_id,line_no,sku,quantity,price");
        assertThat(products).hasSize((int) shop.productRows());
        assertThat(orderLines).hasSize((int) shop.orderLineRows());
    }

    @Test
    void aboutThreeHundredProductsInTheShopsCategoriesSomeOutOfStockWithHttpsPagesAndThreeLanguages() {
        assertThat(products).hasSizeBetween(250, 350);
        assertThat(products.stream().map(p -> p.get("category")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DemoPurchases.CATEGORIES);
        long outOfStock = products.stream().filter(p -> p.get("in_stock").equals("no")).count();
        assertThat(outOfStock).isBetween(5L, 60L);
        assertThat(products).allSatisfy(p -> {
            assertThat(p.get("page_url")).startsWith("https://");
            assertThat(p.get("image_url")).startsWith("https://");
            assertThat(p.get("name_fi")).isNotBlank().isEqualTo(p.get("name"));
            assertThat(p.get("name_sv")).isNotBlank();
            assertThat(p.get("name_en")).isNotBlank();
        });
        assertThat(products.stream().map(p -> p.get("sku")).distinct().count()).isEqualTo(products.size());
    }

    @Test
    void everyOrderButRefundsHasLinesOfKnownProductsTheFirstInTheOrdersCategory() {
        Map<String, CSVRecord> orders = purchases.stream().collect(Collectors.toMap(p -> p.get("order_id"), Function.identity()));
        Map<String, String> categories = products.stream().collect(Collectors.toMap(p -> p.get("sku"), p -> p.get("category")));
        Set<String> withLines = new HashSet<>();
        for (CSVRecord line : orderLines) {
            CSVRecord order = orders.get(line.get("order_id"));
            assertThat(order).as(line.get("order_id")).isNotNull();
            assertThat(new BigDecimal(order.get("amount"))).isPositive();
            assertThat(categories).containsKey(line.get("sku"));
            assertThat(Integer.parseInt(line.get("quantity"))).isPositive();
            if (line.get("line_no").equals("1")) {
                assertThat(categories.get(line.get("sku"))).isEqualTo(order.get("category"));
            }
            withLines.add(line.get("order_id"));
        }
        assertThat(withLines).hasSize((int) purchases.stream().filter(p -> new BigDecimal(p.get("amount")).signum() > 0).count());
        assertThat((double) orderLines.size() / withLines.size()).isBetween(1.5, 2.5);
    }

    /**
     * The baskets have a structure popularity does not explain: the last order's products of each
     * customer with three or more orders are found more often by "bought with what they bought
     * before" (item-to-item co-occurrence over the other customers) than by "the bestsellers of
     * their favourite category".
     */
    @Test
    void whatACustomerBuysNextIsFoundBetterByWhatIsBoughtTogetherThanByTheFavouriteCategorysBestsellers() {
        Map<String, String> customerOf = purchases.stream().collect(Collectors.toMap(p -> p.get("order_id"), p -> p.get("customer_id")));
        Map<String, String> categoryOf = products.stream().collect(Collectors.toMap(p -> p.get("sku"), p -> p.get("category")));
        // orders in file order are in time order per customer
        Map<String, java.util.LinkedHashMap<String, Set<String>>> ordersOf = new HashMap<>();
        for (CSVRecord line : orderLines) {
            ordersOf.computeIfAbsent(customerOf.get(line.get("order_id")), c -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(line.get("order_id"), o -> new HashSet<>()).add(line.get("sku"));
        }
        Map<String, Set<String>> history = new HashMap<>();
        Map<String, Set<String>> next = new HashMap<>();
        ordersOf.forEach((customer, orders) -> {
            if (orders.size() >= 3) {
                List<Set<String>> all = List.copyOf(orders.values());
                history.put(customer, all.subList(0, all.size() - 1).stream().flatMap(Set::stream).collect(Collectors.toSet()));
                next.put(customer, all.get(all.size() - 1));
            }
        });
        int baseline = 0;
        int together = 0;
        for (String customer : next.keySet()) {
            Set<String> before = history.get(customer);
            Map<String, Long> popular = new HashMap<>();
            Map<String, Double> cooccurring = new HashMap<>();
            for (String other : history.keySet()) {
                if (other.equals(customer)) {
                    continue;
                }
                Set<String> theirs = history.get(other);
                theirs.forEach(sku -> popular.merge(sku, 1L, Long::sum));
                long shared = theirs.stream().filter(before::contains).count();
                if (shared > 0) {
                    theirs.forEach(sku -> cooccurring.merge(sku, (double) shared / theirs.size(), Double::sum));
                }
            }
            String favourite = before.stream().collect(Collectors.groupingBy(categoryOf::get, Collectors.counting())).entrySet()
                    .stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<String> bestsellers = popular.entrySet().stream().filter(e -> categoryOf.get(e.getKey()).equals(favourite))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5).map(Map.Entry::getKey).toList();
            // normalised by popularity, so that what everyone buys does not win by being everywhere
            List<String> picks = cooccurring.keySet().stream()
                    .sorted(java.util.Comparator.comparingDouble((String sku) -> -cooccurring.get(sku) / Math.sqrt(popular.get(sku))))
                    .limit(5).toList();
            if (bestsellers.stream().anyMatch(next.get(customer)::contains)) {
                baseline++;
            }
            if (picks.stream().anyMatch(next.get(customer)::contains)) {
                together++;
            }
        }
        System.out.printf("next order found in 5: bestsellers of the favourite category %d, bought together %d, of %d%n",
                baseline, together, next.size());
        assertThat(next.size()).isGreaterThan(300);
        assertThat(together).as("found by what is bought together against the bestsellers").isGreaterThan(baseline * 5 / 4);
    }

    @Test
    void customersComeFromFinlandSwedenAndTheUk() {
        assertThat(customers).extracting(c -> c.get("customer_id")).allMatch(id -> id.matches("C\\d{6}")).doesNotHaveDuplicates();
        Map<String, Long> byMarket = customers.stream()
                .collect(Collectors.groupingBy(c -> c.get("country") + "/" + c.get("language"), Collectors.counting()));
        assertThat(byMarket).containsOnlyKeys("FI/fi", "FI/sv", "SE/sv", "GB/en");
        assertThat(byMarket.get("FI/fi")).isGreaterThan(400);
        assertThat(byMarket.get("SE/sv")).isGreaterThan(150);
        assertThat(byMarket.get("GB/en")).isGreaterThan(80);
        assertThat(byMarket.get("FI/sv")).as("Finland-Swedes").isBetween(10L, 100L);

        for (CSVRecord c : customers) {
            String postalCode = c.get("postal_code");
            switch (c.get("country")) {
                case "FI" -> assertThat(postalCode).matches("\\d{5}");
                case "SE" -> assertThat(postalCode).matches("\\d{3} \\d{2}");
                default -> assertThat(postalCode).matches("[A-Z]{1,2}\\d{1,2} \\d[A-Z]{2}");
            }
            assertThat(c.get("phone")).matches("|\\+(358|46|44) \\d{2,4} \\d{6,7}");
            assertThat(c.get("customer_since")).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(customers).anyMatch(c -> c.get("street").contains(", ")); // a UK flat: quoted in the file
    }

    @Test
    void namesAreFinnishSwedishAndEnglishWithTheirLetters() {
        Set<String> firstNames = customers.stream().map(c -> c.get("first_name")).collect(Collectors.toSet());
        Set<String> lastNames = customers.stream().map(c -> c.get("last_name")).collect(Collectors.toSet());
        assertThat(firstNames).contains("Matti", "Anna", "Oliver").hasSizeGreaterThan(100);
        assertThat(lastNames).contains("Virtanen", "Andersson", "Smith").hasSizeGreaterThan(100);
        String allNames = String.join(" ", firstNames) + " " + String.join(" ", lastNames);
        assertThat(allNames).contains("ä", "ö", "å", "Å", "'");
        assertThat(customers).anyMatch(c -> c.get("country").equals("SE") && c.get("street").matches(".*[åäöÅÄÖ].*"));
        for (String[] names : List.of(DemoNames.FINNISH_FIRST, DemoNames.FINNISH_LAST, DemoNames.SWEDISH_FIRST,
                DemoNames.SWEDISH_LAST, DemoNames.ENGLISH_FIRST, DemoNames.ENGLISH_LAST)) {
            assertThat(names.length).isGreaterThanOrEqualTo(40);
        }
    }

    @Test
    void emailsAreUniqueButForOneSharedMailboxAndSomeAreMissing() {
        long missing = customers.stream().filter(c -> c.get("email").isEmpty()).count();
        assertThat(missing).isBetween(20L, 90L);
        Map<String, List<CSVRecord>> byMailbox = customers.stream().filter(c -> !c.get("email").isEmpty())
                .collect(Collectors.groupingBy(c -> c.get("email").toLowerCase(Locale.ROOT)));
        List<List<CSVRecord>> shared = byMailbox.values().stream().filter(list -> list.size() > 1).toList();
        assertThat(shared).hasSize(1);
        List<CSVRecord> couple = shared.get(0);
        assertThat(couple).hasSize(2);
        assertThat(couple.get(0).get("first_name")).isNotEqualTo(couple.get(1).get("first_name"));
        assertThat(couple.get(0).get("street")).isEqualTo(couple.get(1).get("street"));

        for (CSVRecord c : customers) {
            String email = c.get("email");
            if (!email.isEmpty()) {
                String domain = switch (c.get("country")) {
                    case "FI" -> "@kauppa.fi.example";
                    case "SE" -> "@butik.se.example";
                    default -> "@shop.uk.example";
                };
                assertThat(email).endsWith(domain).matches("[A-Za-z0-9._-]+@[a-z.]+\\.example");
            }
        }
        assertThat(customers).anyMatch(c -> !c.get("email").equals(c.get("email").toLowerCase(Locale.ROOT)));
    }

    @Test
    void someHouseholdsShareAnAddress() {
        Map<String, Long> byAddress = customers.stream().collect(Collectors.groupingBy(
                c -> c.get("street") + "|" + c.get("postal_code") + "|" + c.get("country"), Collectors.counting()));
        assertThat(byAddress.values().stream().filter(n -> n > 1).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void purchasesAreWellFormedAndFollowTheirCustomers() {
        Map<String, CSVRecord> customerById = customers.stream().collect(Collectors.toMap(c -> c.get("customer_id"), Function.identity()));
        Set<String> orderIds = new HashSet<>();
        Map<String, LocalDateTime> first = new HashMap<>();
        for (CSVRecord p : purchases) {
            assertThat(orderIds.add(p.get("order_id"))).as("unique order id " + p.get("order_id")).isTrue();
            assertThat(p.get("order_id")).matches("O\\d{8}");
            assertThat(p.get("purchased_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00");
            assertThat(p.get("amount")).matches("-?\\d+\\.\\d{2}");
            assertThat(p.get("currency")).isIn("EUR", "SEK");
            assertThat(p.get("category")).isIn((Object[]) DemoPurchases.CATEGORIES);
            assertThat(customerById).containsKey(p.get("customer_id"));
            LocalDateTime at = LocalDateTime.parse(p.get("purchased_at"));
            assertThat(at).isBefore(END.atStartOfDay()).isAfterOrEqualTo(END.minusYears(3).atStartOfDay());
            first.merge(p.get("customer_id"), at, (a, b) -> a.isBefore(b) ? a : b);
        }
        assertThat(first).hasSize(customers.size()); // everyone bought at least once
        for (CSVRecord c : customers) { // ...first on the day they joined
            assertThat(first.get(c.get("customer_id")).toLocalDate()).isEqualTo(LocalDate.parse(c.get("customer_since")));
        }
        List<BigDecimal> euros = purchases.stream().filter(p -> p.get("currency").equals("EUR"))
                .map(p -> new BigDecimal(p.get("amount"))).filter(a -> a.signum() > 0).toList();
        double mean = euros.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
        assertThat(mean).isBetween(30.0, 100.0);
        assertThat(purchases).anyMatch(p -> "WELCOME10".equals(p.get("offer_code")));
        assertThat(purchases).anyMatch(p -> p.get("offer_code").isEmpty());
    }

    @Test
    void swedesPaySomePurchasesInKronor() {
        Map<String, String> country = customers.stream().collect(Collectors.toMap(c -> c.get("customer_id"), c -> c.get("country")));
        List<CSVRecord> swedish = purchases.stream().filter(p -> country.get(p.get("customer_id")).equals("SE")).toList();
        long kronor = swedish.stream().filter(p -> p.get("currency").equals("SEK")).count();
        assertThat((double) kronor / swedish.size()).isBetween(0.1, 0.3);
        assertThat(purchases).filteredOn(p -> p.get("currency").equals("SEK"))
                .allMatch(p -> country.get(p.get("customer_id")).equals("SE"))
                .allMatch(p -> p.get("amount").endsWith(".00")); // whole kronor
    }

    @Test
    void refundsAreNegativeAndLaterThanAPurchaseOfTheSameCustomer() {
        List<CSVRecord> refunds = purchases.stream().filter(p -> p.get("amount").startsWith("-")).toList();
        assertThat((double) refunds.size() / purchases.size()).isBetween(0.005, 0.04);
        for (CSVRecord refund : refunds) {
            LocalDateTime at = LocalDateTime.parse(refund.get("purchased_at"));
            assertThat(purchases).anyMatch(p -> p.get("customer_id").equals(refund.get("customer_id"))
                    && !p.get("amount").startsWith("-") && LocalDateTime.parse(p.get("purchased_at")).isBefore(at)
                    && p.get("currency").equals(refund.get("currency")));
        }
    }

    @Test
    void loyalLapsedAndGoneCustomers() {
        Map<String, Long> perCustomer = purchases.stream().collect(Collectors.groupingBy(p -> p.get("customer_id"), Collectors.counting()));
        long once = perCustomer.values().stream().filter(n -> n == 1).count();
        long many = perCustomer.values().stream().filter(n -> n >= 30).count();
        assertThat(once).as("bought once").isBetween(50L, 300L);
        assertThat(many).as("bought 30 times or more").isGreaterThanOrEqualTo(20L);
        // lapsed: bought a few times, nothing in the last year
        Map<String, LocalDateTime> last = new HashMap<>();
        purchases.forEach(p -> last.merge(p.get("customer_id"), LocalDateTime.parse(p.get("purchased_at")),
                (a, b) -> a.isAfter(b) ? a : b));
        long lapsed = perCustomer.entrySet().stream().filter(e -> e.getValue() >= 3
                && last.get(e.getKey()).isBefore(END.minusYears(1).atStartOfDay())).count();
        assertThat(lapsed).isGreaterThanOrEqualTo(50L);
    }

    @Test
    void consentsOptInsAndLaterOptOuts() {
        Set<String> withEmail = customers.stream().filter(c -> !c.get("email").isEmpty()).map(c -> c.get("customer_id"))
                .collect(Collectors.toSet());
        for (CSVRecord c : consents) {
            assertThat(c.get("channel")).isIn("email", "newsletter", "letter");
            assertThat(c.get("granted")).isIn("yes", "no");
            assertThat(c.get("given_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00");
            assertThat(LocalDateTime.parse(c.get("given_at"))).isBefore(END.atStartOfDay());
            if (!c.get("channel").equals("letter")) {
                assertThat(withEmail).contains(c.get("customer_id"));
            }
        }
        long emailRows = consents.stream().filter(c -> c.get("channel").equals("email") && !c.get("source").equals("unsubscribe link")).count();
        long emailYes = consents.stream().filter(c -> c.get("channel").equals("email") && c.get("granted").equals("yes")).count();
        assertThat(emailRows).isGreaterThan(withEmail.size() * 8L / 10);
        assertThat((double) emailYes / emailRows).isBetween(0.6, 0.8);
        long newsletterYes = consents.stream().filter(c -> c.get("channel").equals("newsletter") && c.get("granted").equals("yes")
                && c.get("source").equals(fi.kanta.customer.ContactRules.DOUBLE_OPT_IN)).count();
        assertThat((double) newsletterYes / customers.size()).isBetween(0.3, 0.5);

        List<CSVRecord> optOuts = consents.stream().filter(c -> c.get("source").equals("unsubscribe link")).toList();
        assertThat((double) optOuts.stream().map(c -> c.get("customer_id")).distinct().count() / customers.size()).isBetween(0.02, 0.1);
        for (CSVRecord optOut : optOuts) { // a second, newer row withdrawing an earlier yes
            assertThat(optOut.get("granted")).isEqualTo("no");
            assertThat(consents).anyMatch(c -> c.get("customer_id").equals(optOut.get("customer_id"))
                    && c.get("channel").equals(optOut.get("channel")) && c.get("granted").equals("yes")
                    && LocalDateTime.parse(c.get("given_at")).isBefore(LocalDateTime.parse(optOut.get("given_at"))));
        }
        assertThat(consents).anyMatch(c -> c.get("channel").equals("letter") && c.get("granted").equals("no"));
    }

    @Test
    void suppressionsAreAHandfulOfBouncesAndComplaints() {
        Map<String, String> emailOf = customers.stream().collect(Collectors.toMap(c -> c.get("customer_id"), c -> c.get("email")));
        assertThat(suppressions.size()).isBetween(2, 25);
        assertThat(suppressions).extracting(s -> s.get("reason")).contains("bounced", "complained");
        for (CSVRecord s : suppressions) {
            assertThat(s.get("email")).isEqualToIgnoringCase(emailOf.get(s.get("customer_id")));
        }
    }

    @Test
    void aboutTenPurchasesPerCustomer(@TempDir Path dir) {
        long started = System.nanoTime();
        DemoShop.Files big = generateQuietly(dir, 20_000);
        double perCustomer = (double) big.purchaseRows() / big.customerRows();
        assertThat(perCustomer).isBetween(6.0, 14.0);
        assertThat(System.nanoTime() - started).as("20,000 customers in a few seconds").isLessThan(30_000_000_000L);
    }

    @Test
    void sizeIsChecked(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoShop.generate(dir, 5, END, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DemoShop.Files generateQuietly(Path dir, int size) {
        try {
            return DemoShop.generate(dir, size, END, DemoShop.DEFAULT_SEED);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    private static String firstLine(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElseThrow();
        }
    }
}
