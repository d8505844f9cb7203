package fi.kanta.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.kanta.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the score job must do on whichever database a subclass starts: exact summaries for hand-checked
 * customers, one row per purchasing customer equal to what the models compute, re-runs that replace,
 * and pruning to the newest snapshots.
 */
abstract class ScoreContractTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    static final long A = 1001;
    static final long B = 1002;
    static final long REFUND_ONLY = 1003;
    static final long D = 1004;
    static final long NO_PURCHASES = 1005;
    static final int OTHERS = 60;

    @Autowired
    CustomerSummaries summaries;

    @Autowired
    Scorer scorer;

    @Autowired
    JdbcTemplate jdbc;

    private int order;

    @BeforeEach
    void knownCustomers() {
        TestDatabase.clean(jdbc);
        // A: two orders on 1 Jan are one day; 20 Jan is a refund-only day; 5 Apr is after the as-of date.
        customer(A);
        purchase(A, "2026-01-01T10:00", "10.00", "shoes");
        purchase(A, "2026-01-01T15:00", "5.00", "hats");
        purchase(A, "2026-01-10T09:00", "20.00", "shoes");
        purchase(A, "2026-01-20T09:00", "-30.00", "shoes");
        purchase(A, "2026-02-01T09:00", "12.50", "hats");
        purchase(A, "2026-04-05T09:00", "100.00", "hats");
        // B: one purchase in the last second of the as-of day.
        customer(B);
        purchase(B, "2026-03-31T23:59:59", "40.00", "books");
        // Refunds only: never a purchase day, so no score row.
        customer(REFUND_ONLY);
        purchase(REFUND_ONLY, "2026-02-02T12:00", "-10.00", "books");
        // D: 15 Feb nets to zero and 2 Mar is negative, so 1 Mar is the only purchase day.
        customer(D);
        purchase(D, "2026-02-15T10:00", "10.00", "toys");
        purchase(D, "2026-02-15T11:00", "-10.00", "toys");
        purchase(D, "2026-03-01T10:00", "25.00", "toys");
        purchase(D, "2026-03-02T10:00", "-5.00", null);
        customer(NO_PURCHASES);
        // Enough varied repeat buyers for both models to have something to fit.
        Random random = new Random(7);
        for (int k = 0; k < OTHERS; k++) {
            long id = 2000 + k;
            customer(id);
            LocalDateTime day = LocalDateTime.of(2025, 6, 1, 12, 0).plusDays(random.nextInt(200));
            int purchases = 1 + random.nextInt(6);
            for (int p = 0; p < purchases && !day.toLocalDate().isAfter(AS_OF); p++) {
                purchase(id, day.toString(), BigDecimal.valueOf(1000 + random.nextInt(9000), 2).toPlainString(), "c" + (k % 3));
                day = day.plusDays(1 + random.nextInt(60));
            }
        }
    }

    @Test
    void summarisesPurchaseDaysAsOfTheDate() {
        Map<Long, CustomerSummary> byId = byId(summaries.asOf(AS_OF));

        // Positive days 1 Jan (15.00), 10 Jan (20.00), 1 Feb (12.50); T runs from 1 Jan to 31 Mar.
        assertThat(byId.get(A)).isEqualTo(new CustomerSummary(A, 2, 31, 89, 16.25, 17.50));
        assertThat(byId.get(A).daysSinceLastPurchase()).isEqualTo(58);
        assertThat(byId.get(B)).isEqualTo(new CustomerSummary(B, 0, 0, 0, 0, 40));
        assertThat(byId.get(D)).isEqualTo(new CustomerSummary(D, 0, 0, 30, 0, 20));
        assertThat(byId).doesNotContainKeys(REFUND_ONLY, NO_PURCHASES);
    }

    @Test
    void aDayOfFreeItemsIsAPurchaseDay() {
        long freeOnly = 1006;
        customer(freeOnly);
        purchase(freeOnly, "2026-03-01T10:00", "0.00", "samples");
        purchase(freeOnly, "2026-03-15T10:00", "0.00", "samples");

        Map<Long, CustomerSummary> byId = byId(summaries.asOf(AS_OF));

        // two purchase days, 14 days apart; nothing spent
        assertThat(byId.get(freeOnly)).isEqualTo(new CustomerSummary(freeOnly, 1, 14, 30, 0, 0));
        assertThat(byId.get(D)).as("a purchase and its refund on one day are still no purchase day")
                .isEqualTo(new CustomerSummary(D, 0, 0, 30, 0, 20));
    }

    @Test
    void anEarlierAsOfDateLeavesOutLaterPurchases() {
        Map<Long, CustomerSummary> byId = byId(summaries.asOf(LocalDate.of(2026, 1, 10)));

        assertThat(byId.get(A)).isEqualTo(new CustomerSummary(A, 1, 9, 9, 20, 35));
        assertThat(byId).doesNotContainKeys(B, D);
    }

    @Test
    void favouriteCategoryIsTheMostBoughtWithTiesToTheFirstName() {
        CustomerSummaries.Summaries read = summaries.asOf(AS_OF);
        List<Long> ids = read.customers().stream().map(CustomerSummary::customerId).toList();

        assertThat(read.favouriteCategories().get(ids.indexOf(A))).isEqualTo("hats"); // 2 shoes, 2 hats
        assertThat(read.favouriteCategories().get(ids.indexOf(B))).isEqualTo("books");
        assertThat(read.favouriteCategories().get(ids.indexOf(D))).isEqualTo("toys");
    }

    @Test
    void writesOneRowPerPurchasingCustomerWithWhatTheModelsCompute() {
        ScoreReport report = scorer.score(AS_OF);

        CustomerSummaries.Summaries read = summaries.asOf(AS_OF);
        assertThat(report.customers()).isEqualTo(read.customers().size()).isEqualTo(3 + OTHERS);
        assertThat(report.withoutPurchases()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM customer_score WHERE as_of = ?", AS_OF)).isEqualTo(3 + OTHERS);

        ValueScorer values = ValueScorer.of(report.purchases().model(), report.spend().model());
        List<RfmScore> rfm = Rfm.score(read.customers());
        for (int i = 0; i < read.customers().size(); i++) {
            CustomerSummary c = read.customers().get(i);
            CustomerValue v = values.score(c);
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM customer_score WHERE customer_id = ? AND as_of = ?",
                    c.customerId(), AS_OF);
            assertThat(number(row, "frequency")).isEqualTo(c.frequency());
            assertThat(number(row, "recency_days")).isEqualTo(c.recencyDays());
            assertThat(number(row, "t_days")).isEqualTo(c.tDays());
            assertThat(number(row, "monetary_value")).isEqualTo(c.monetaryValue());
            assertThat(number(row, "total_spend")).isCloseTo(c.totalSpend(), within(1e-9));
            assertThat(number(row, "p_alive")).isEqualTo(v.pAlive());
            assertThat(number(row, "expected_purchases_90d")).isEqualTo(v.expectedPurchases());
            assertThat(number(row, "expected_order_value")).isEqualTo(v.expectedOrderValue());
            assertThat(number(row, "clv_12m")).isEqualTo(v.clv());
            assertThat(number(row, "rfm_r")).isEqualTo(rfm.get(i).recency());
            assertThat(number(row, "rfm_f")).isEqualTo(rfm.get(i).frequency());
            assertThat(number(row, "rfm_m")).isEqualTo(rfm.get(i).monetary());
            assertThat(row.get("rfm_code")).isEqualTo(rfm.get(i).code());
            assertThat(row.get("rfm_segment")).isEqualTo(rfm.get(i).segment());
            assertThat(row.get("favourite_category")).isEqualTo(read.favouriteCategories().get(i));
        }
        assertThat(count("SELECT COUNT(*) FROM score_fit WHERE as_of = ? AND model = 'bg_nbd'", AS_OF)).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM score_fit WHERE as_of = ? AND model = 'gamma_gamma'", AS_OF)).isEqualTo(4);
        assertThat(report.format()).contains("r=", "alpha=", "a=", "b=", "p=", "q=", "gamma=", "days",
                "corr(frequency, spend)=", "without a purchase day");
    }

    @Test
    void reRunningADateReplacesItsRows() {
        scorer.score(AS_OF);
        scorer.score(AS_OF);

        assertThat(count("SELECT COUNT(*) FROM customer_score", null)).isEqualTo(3 + OTHERS);
        assertThat(count("SELECT COUNT(*) FROM score_fit", null)).isEqualTo(8);
    }

    @Test
    void keepsTheNewestSnapshots() {
        for (int day = 27; day <= 31; day++) {
            scorer.score(LocalDate.of(2026, 3, day));
        }

        assertThat(jdbc.queryForList("SELECT DISTINCT as_of FROM customer_score ORDER BY as_of", LocalDate.class))
                .containsExactly(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30), AS_OF);
        assertThat(jdbc.queryForList("SELECT DISTINCT as_of FROM score_fit ORDER BY as_of", LocalDate.class))
                .containsExactly(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30), AS_OF);
    }

    @Test
    void aCustomerWhoSaidDoNotProfileMeKeepsNoScoreRowAndIsLeftOutOfTheFit() {
        scorer.score(AS_OF.minusDays(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_score WHERE customer_id = ?", Long.class, A)).isEqualTo(1);
        new fi.kanta.TestChoices(jdbc).noProfiling(A);

        ScoreReport report = scorer.score(AS_OF);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_score WHERE customer_id = ?", Long.class, A))
                .as("neither today's row nor yesterday's").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_score WHERE customer_id = ? AND as_of = ?", Long.class, B,
                java.sql.Date.valueOf(AS_OF))).isEqualTo(1);
        assertThat(byId(summaries.asOf(AS_OF))).doesNotContainKey(A).containsKey(B);
        assertThat(report.customers()).isEqualTo(byId(summaries.asOf(AS_OF)).size());
    }

    private static Map<Long, CustomerSummary> byId(CustomerSummaries.Summaries read) {
        Map<Long, CustomerSummary> byId = new java.util.HashMap<>();
        read.customers().forEach(c -> byId.put(c.customerId(), c));
        return byId;
    }

    private static double number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }

    private long count(String sql, LocalDate date) {
        Long n = date == null ? jdbc.queryForObject(sql, Long.class) : jdbc.queryForObject(sql, Long.class, date);
        return n == null ? 0 : n;
    }

    private void customer(long id) {
        jdbc.update("INSERT INTO customer (id, external_id, created_at, updated_at) VALUES (?, ?, ?, ?)",
                id, "S" + id, LocalDateTime.now(), LocalDateTime.now());
    }

    private void purchase(long customer, String at, String amount, String category) {
        jdbc.update("INSERT INTO purchase (order_id, customer_id, purchased_at, amount, currency, amount_base, category)"
                + " VALUES (?, ?, ?, ?, 'EUR', ?, ?)", "O" + (++order), customer, LocalDateTime.parse(at),
                new BigDecimal(amount), new BigDecimal(amount), category);
    }
}
