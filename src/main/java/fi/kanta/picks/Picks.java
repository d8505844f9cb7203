package fi.kanta.picks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pick run (docs/architecture.md "Picks"): every customer with order lines in the window gets up to
 * {@code kanta.picks.per-customer} products they have not bought in it, in stock now, ranked by
 * {@link PickModel}; they replace the last run's in {@code customer_pick}, one row per customer. Runs
 * with the scores ({@code kanta score}, serve's nightly scores). A shop without products or order lines
 * gets no picks and loses nothing else.
 */
@Service
public class Picks {

    private static final Logger LOG = LoggerFactory.getLogger(Picks.class);

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final PlatformTransactionManager transactions;
    private final DataSource dataSource;
    private final PickSettings settings;

    public Picks(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions, PickSettings settings) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.settings = settings;
        this.streaming = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result only with a fetch size, in a transaction
        this.streaming.setFetchSize(10_000);
    }

    /** Computes every customer's picks as of the day (its order lines included) and replaces the stored ones. */
    public PickReport compute(LocalDate asOf) {
        long start = System.nanoTime();
        Catalogue catalogue = Catalogue.read(jdbc);
        Baskets baskets = window(catalogue, asOf);
        long read = System.nanoTime();
        CoPurchases co = CoPurchases.of(baskets, catalogue.size(), settings.neighbours());
        long modelled = System.nanoTime();
        PickModel model = new PickModel(catalogue, baskets, co, true);
        Map<Integer, int[]> interests = interests(catalogue, baskets);
        TopN best = new TopN(settings.perCustomer());
        Ints products = new Ints();
        Floats scores = new Floats(); // they rank the picks; only the order is stored
        long[] productIds = new long[settings.perCustomer()];
        int withPicks = 0;
        long written;
        try (PickWriter writer = new PickWriter(jdbc, transactions, dataSource, asOf)) {
            writer.clear();
            for (int c = 0; c < baskets.customers(); c++) {
                model.pick(c, interests.getOrDefault(c, NONE), best);
                products.clear();
                scores.clear();
                best.drainBestFirst(products, scores);
                for (int r = 0; r < products.size(); r++) {
                    productIds[r] = catalogue.ids[products.get(r)];
                }
                writer.add(baskets.customerIds[c], productIds, products.size());
                withPicks += products.size() > 0 ? 1 : 0;
            }
            written = writer.finish();
        }
        int inStock = 0;
        for (boolean stocked : catalogue.inStock) {
            inStock += stocked ? 1 : 0;
        }
        long done = System.nanoTime();
        PickReport report = new PickReport(asOf, catalogue.size(), inStock, baskets.customers(), withPicks, written,
                millis(start, read), millis(read, modelled), millis(modelled, done));
        // counts and times only: how long the nightly run's picks take, and where, without a profiler
        LOG.info("picks as of {}: {} of {} customers got {} picks from {} products ({} in stock); read {} ms, co-purchases {} ms,"
                + " picked and written {} ms", asOf, withPicks, baskets.customers(), written, catalogue.size(), inStock,
                report.readMillis(), report.modelMillis(), report.pickMillis());
        return report;
    }

    private static final int[] NONE = new int[0];

    /** The baskets of the window that ends on {@code until}. */
    Baskets window(Catalogue catalogue, LocalDate until) {
        return days(catalogue, until.minusDays(settings.windowDays() - 1L), until);
    }

    /** The baskets of the days {@code from} .. {@code until}, streamed (in a transaction: PostgreSQL needs one for it). */
    Baskets days(Catalogue catalogue, LocalDate from, LocalDate until) {
        return new TransactionTemplate(transactions).execute(status -> Baskets.read(streaming, catalogue, from, until,
                settings.halfLifeDays()));
    }

    Catalogue catalogue() {
        return Catalogue.read(jdbc);
    }

    PickSettings settings() {
        return settings;
    }

    /** The categories each customer of the baskets said they care about, as category indexes. */
    private Map<Integer, int[]> interests(Catalogue catalogue, Baskets baskets) {
        Map<Long, Integer> dense = new HashMap<>();
        for (int c = 0; c < baskets.customers(); c++) {
            dense.put(baskets.customerIds[c], c);
        }
        Map<Integer, int[]> interests = new HashMap<>();
        jdbc.query("SELECT customer_id, category FROM customer_interest", row -> {
            Integer c = dense.get(row.getLong(1));
            int category = catalogue.category(row.getString(2));
            if (c != null && category >= 0) {
                int[] before = interests.getOrDefault(c, NONE);
                int[] after = java.util.Arrays.copyOf(before, before.length + 1);
                after[before.length] = category;
                interests.put(c, after);
            }
        });
        return interests;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
