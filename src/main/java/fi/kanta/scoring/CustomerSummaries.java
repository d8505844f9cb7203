package fi.kanta.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every customer's {@link CustomerSummary} as of a date in one set-based pass over the purchases.
 *
 * <p>The database groups purchases into customer days (one aggregate statement, ordered by customer
 * and day) and this class folds each customer's days into the summary as they stream past. Folding in
 * Java rather than in a second level of SQL aggregation keeps the SQL portable (no date arithmetic,
 * which HSQLDB and PostgreSQL write differently) and fast on HSQLDB, which has no window functions and
 * joined a derived table to itself three times slower than the plain grouping (measured on 100,000
 * purchases). Day counts come from {@link LocalDate#toEpochDay()}, so they are exact whole days.
 */
@Repository
public class CustomerSummaries {

    /** Rows the JDBC driver fetches at a time: PostgreSQL streams with a cursor instead of reading all. */
    static final int FETCH_SIZE = 10_000;

    private static final String CUSTOMER_DAYS = """
            SELECT customer_id, CAST(purchased_at AS DATE) AS day, SUM(amount_base) AS amount
            FROM purchase
            WHERE purchased_at < ?
            GROUP BY customer_id, CAST(purchased_at AS DATE)
            ORDER BY customer_id, day
            """;

    // The favourite is counted over purchases, not days, and refunds do not make a category a favourite.
    private static final String CATEGORY_COUNTS = """
            SELECT customer_id, category, COUNT(*) AS purchases
            FROM purchase
            WHERE purchased_at < ? AND amount_base > 0 AND category IS NOT NULL
            GROUP BY customer_id, category
            ORDER BY customer_id
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public CustomerSummaries(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true); // PostgreSQL only streams a result set inside a transaction
    }

    /** The customers with at least one positive purchase day on or before {@code asOf}, in customer order. */
    public Summaries asOf(LocalDate asOf) {
        return readOnly.execute(status -> {
            Map<Long, String> favourites = favouriteCategories(asOf);
            Folder folder = new Folder(asOf.toEpochDay(), favourites);
            jdbc.query(connection -> {
                var statement = connection.prepareStatement(CUSTOMER_DAYS);
                statement.setFetchSize(FETCH_SIZE);
                statement.setObject(1, asOf.plusDays(1).atStartOfDay()); // on or before the as-of day
                return statement;
            }, folder::add);
            folder.finish();
            return new Summaries(asOf, folder.customers, folder.categories);
        });
    }

    private Map<Long, String> favouriteCategories(LocalDate asOf) {
        Map<Long, String> favourites = new HashMap<>();
        // Rows come ordered by customer, so only the current customer's best is held while reading.
        var best = new Object() {
            long customer = Long.MIN_VALUE;
            String category;
            long purchases;
        };
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(CATEGORY_COUNTS);
            statement.setFetchSize(FETCH_SIZE);
            statement.setObject(1, asOf.plusDays(1).atStartOfDay());
            return statement;
        }, (ResultSet rs) -> {
            long customer = rs.getLong(1);
            String category = rs.getString(2);
            long purchases = rs.getLong(3);
            if (customer != best.customer) {
                best.customer = customer;
                best.category = null;
            }
            // Most purchases wins; a tie goes to the name first in alphabetical order, so it is stable.
            if (best.category == null || purchases > best.purchases
                    || (purchases == best.purchases && category.compareTo(best.category) < 0)) {
                best.category = category.intern(); // a few distinct names shared by a million customers
                best.purchases = purchases;
                favourites.put(customer, best.category);
            }
        });
        return favourites;
    }

    /**
     * The summaries and, in the same order, each customer's favourite category (null if none).
     *
     * @param asOf                the as-of date
     * @param customers           one summary per customer with a positive purchase day
     * @param favouriteCategories the category of most purchases, ties to the first name
     */
    public record Summaries(LocalDate asOf, List<CustomerSummary> customers, List<String> favouriteCategories) {
    }

    /** Folds the ordered customer-day rows into one summary per customer. */
    private static final class Folder {
        private final long asOfDay;
        private final Map<Long, String> favourites;
        final List<CustomerSummary> customers = new ArrayList<>();
        final List<String> categories = new ArrayList<>();

        private long customer = Long.MIN_VALUE;
        private long firstDay;
        private long lastDay;
        private int positiveDays;
        private long positiveCents;
        private long firstDayCents;
        private long totalCents;

        Folder(long asOfDay, Map<Long, String> favourites) {
            this.asOfDay = asOfDay;
            this.favourites = favourites;
        }

        void add(ResultSet rs) throws SQLException {
            long id = rs.getLong(1);
            if (id != customer) {
                finish();
                customer = id;
                positiveDays = 0;
                positiveCents = 0;
                firstDayCents = 0;
                totalCents = 0;
            }
            long day = rs.getObject(2, LocalDate.class).toEpochDay();
            // Amounts are NUMERIC(14, 2): whole cents, so sums in long are exact.
            long cents = rs.getBigDecimal(3).movePointRight(2).longValueExact();
            totalCents += cents; // total spend keeps refunds
            if (cents > 0) {     // a day whose refunds outweigh its purchases is no purchase day
                if (positiveDays == 0) {
                    firstDay = day;
                    firstDayCents = cents;
                }
                lastDay = day;
                positiveDays++;
                positiveCents += cents;
            }
        }

        void finish() {
            if (customer == Long.MIN_VALUE || positiveDays == 0) {
                return; // nobody yet, or a customer with refunds only: no first purchase, no summary
            }
            int frequency = positiveDays - 1;
            // The first day is left out of the mean: the textbook m is the mean of the repeat purchases.
            double monetary = frequency == 0 ? 0 : (positiveCents - firstDayCents) / 100.0 / frequency;
            customers.add(new CustomerSummary(customer, frequency, lastDay - firstDay, asOfDay - firstDay,
                    monetary, totalCents / 100.0));
            categories.add(favourites.get(customer));
        }
    }
}
