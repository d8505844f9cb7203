package fi.kanta.demo;

import fi.kanta.demo.DemoPeople.Person;
import fi.kanta.demo.DemoPurchases.Purchase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up web shop's data, as six files in exactly the formats the import reads: customers,
 * their purchases, their consents, the email provider's suppressions, the shop's products and the
 * orders' lines (see {@link DemoProducts} for the catalogue and how customers' tastes shape baskets).
 *
 * <p>Deterministic: everything comes from a {@link SplittableRandom} seeded with {@code seed},
 * so the same seed, size and end date give byte-identical files, which the import then sees as
 * "already imported". Each customer draws from a stream of their own, split off in customer order,
 * and every time is counted from the end date; so a smaller shop is the first customers of a
 * bigger one, and running the demo again on a later day gives the same shop moved forward in
 * time (the same customers and order ids, which the import updates in place) instead of another
 * shop mixed into the first one.
 *
 * <p>Rows are written as they are made, one customer at a time, so ten million purchases need no
 * more memory than ten.
 */
public final class DemoShop {

    /** The seed {@code kanta demo} uses unless told otherwise. */
    public static final long DEFAULT_SEED = 20_260_314L;
    public static final int MIN_CUSTOMERS = 10;
    public static final int MAX_CUSTOMERS = 10_000_000;
    /** How far back the shop's history goes: customers joined on any of these days (three years). */
    static final int HISTORY_DAYS = 3 * 365;

    static final String[] CUSTOMER_HEADER = {"customer_id", "first_name", "last_name", "email", "phone", "street",
        "postal_code", "city", "country", "language", "customer_since"};
    static final String[] PURCHASE_HEADER = {"order_id", "customer_id", "purchased_at", "amount", "currency", "category",
        "offer_code"};
    static final String[] CONSENT_HEADER = {"customer_id", "channel", "granted", "given_at", "source"};
    static final String[] SUPPRESSION_HEADER = {"email", "customer_id", "reason", "suppressed_at", "source"};

    /** The demo shop's web address (as in {@code home/kanta-demo.properties}): its product pages and images. */
    static final String SHOP_URL = "https://kanta-demo.example";

    /** The files written and how many data rows (header not counted) each holds. */
    public record Files(Path customers, Path purchases, Path consents, Path suppressions,
                        long customerRows, long purchaseRows, long consentRows, long suppressionRows,
                        Path products, Path orderLines, long productRows, long orderLineRows) {
    }

    private DemoShop() {
    }

    /**
     * Writes {@code customers.csv}, {@code purchases.csv}, {@code consents.csv},
     * {@code suppressions.csv}, {@code products.csv} and {@code order-lines.csv} into {@code folder} (created if missing, files replaced). The
     * history covers the {@value #HISTORY_DAYS} days before {@code endDate}; nothing happens on
     * or after it, as in an export taken that morning.
     */
    public static Files generate(Path folder, int customers, LocalDate endDate, long seed) throws IOException {
        if (customers < MIN_CUSTOMERS || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be " + MIN_CUSTOMERS + ".." + MAX_CUSTOMERS + ", not " + customers);
        }
        java.nio.file.Files.createDirectories(folder);
        SplittableRandom shop = new SplittableRandom(seed);
        DemoPeople people = new DemoPeople();
        long endDay = endDate.toEpochDay();
        long endMinute = endDay * DemoFormat.MINUTES_PER_DAY;
        long orders = 0;
        DemoProducts catalogue = new DemoProducts(seed);
        try (DemoCsv productCsv = DemoCsv.open(folder.resolve("products.csv"), DemoProducts.PRODUCT_HEADER)) {
            catalogue.writeProducts(productCsv, SHOP_URL);
        }
        try (DemoCsv lineCsv = DemoCsv.open(folder.resolve("order-lines.csv"), DemoProducts.ORDER_LINE_HEADER);
             DemoCsv customerCsv = DemoCsv.open(folder.resolve("customers.csv"), CUSTOMER_HEADER);
             DemoCsv purchaseCsv = DemoCsv.open(folder.resolve("purchases.csv"), PURCHASE_HEADER);
             DemoCsv consentCsv = DemoCsv.open(folder.resolve("consents.csv"), CONSENT_HEADER);
             DemoCsv suppressionCsv = DemoCsv.open(folder.resolve("suppressions.csv"), SUPPRESSION_HEADER)) {
            for (int number = 1; number <= customers; number++) {
                SplittableRandom random = shop.split();
                Person person = people.next(random, number);
                long joinDay = endDay - 1 - random.nextInt(HISTORY_DAYS);
                List<Purchase> purchases = DemoPurchases.of(random, person, RepeatBuying.purchaseDays(random, joinDay, endDay),
                        endDay);
                customerCsv.row(person.id(), person.firstName(), person.lastName(), person.email(), person.phone(),
                        person.street(), person.postalCode(), person.city(), person.country(), person.language(),
                        LocalDate.ofEpochDay(joinDay).toString());
                // order numbers run customer by customer, not by time: the import keys on them, nothing orders by them
                String[] orderIds = new String[purchases.size()];
                for (int i = 0; i < orderIds.length; i++) {
                    Purchase p = purchases.get(i);
                    orderIds[i] = DemoFormat.id('O', ++orders, 8);
                    purchaseCsv.row(orderIds[i], person.id(), DemoFormat.timestamp(p.minute()),
                            DemoFormat.money(p.cents()), p.currency(), p.category(), p.offerCode());
                }
                DemoConsents.write(random, person, purchases.get(0).minute(), endMinute, consentCsv, suppressionCsv);
                // the lines last, from what is left of the customer's stream: nothing drawn before changes
                int[] tastes = catalogue.tastesOf(random);
                for (int i = 0; i < orderIds.length; i++) {
                    Purchase p = purchases.get(i);
                    if (p.cents() > 0) {
                        catalogue.writeLines(lineCsv, random, tastes, orderIds[i], p.category(), p.currency());
                    }
                }
            }
            return new Files(customerCsv.path(), purchaseCsv.path(), consentCsv.path(), suppressionCsv.path(),
                    customerCsv.rows(), purchaseCsv.rows(), consentCsv.rows(), suppressionCsv.rows(),
                    folder.resolve("products.csv"), lineCsv.path(), catalogue.products().size(), lineCsv.rows());
        }
    }
}
