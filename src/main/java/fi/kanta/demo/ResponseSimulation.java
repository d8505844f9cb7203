package fi.kanta.demo;

import fi.kanta.customer.AfterPurchases;
import fi.kanta.customer.ShopSummary;
import fi.kanta.shop.MoneySettings;
import fi.kanta.scoring.RandomDraws;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The weeks after a demo campaign, simulated, so that {@code kanta report} has a result to show
 * and a test can check that it finds a lift that is known.
 *
 * <p>Every recipient, target and holdout alike, keeps buying by their own process: purchases in
 * the window are Poisson with the customer's own rate (their score's expected purchases in 90 days,
 * divided by 90, per day; {@link #UNSCORED_RATE} without a score), each purchase's amount Gamma
 * distributed (shape 6, about ±40 %) around their expected order value. On top of that, a target
 * answers the offer with probability {@link #OFFER_RESPONSE}: one more purchase of the same kind of
 * amount, carrying their offer code. Holdout members get no offer, so they never do. The purchases
 * are inserted into {@code purchase} (base currency, order ids {@code SIM-<run>-<customer>-<n>}) at
 * uniformly drawn times in the window after the run's selection, which is in the future when the
 * run was today: the report then shows results so far.
 *
 * <p>Known lift (the expectation over the run's recipients): conversion + mean of
 * {@code OFFER_RESPONSE × e^(−rate × days)} (the offer only turns a customer into a buyer who would
 * not have bought anyway), revenue per customer + mean of {@code OFFER_RESPONSE × order value}.
 */
@Component
class ResponseSimulation {

    /** Probability that a target answers the offer with an extra purchase. */
    static final double OFFER_RESPONSE = 0.15;
    /** Purchases per day for a recipient without a score. */
    static final double UNSCORED_RATE = 1.0 / 60;
    /** Order value for a recipient without one (base currency). */
    static final double UNSCORED_ORDER_VALUE = 50;
    private static final double AMOUNT_SHAPE = 6;
    private static final int BATCH = 2000;

    /** What was simulated, and the lift it put in. */
    record Response(long recipients, long purchases, long offerPurchases, double conversionLift, double revenueLift,
            LocalDateTime from, LocalDateTime until, boolean alreadySimulated) {
    }

    private record Recipient(long customerId, boolean target, String offerCode, String category, double rate, double orderValue) {
    }

    private final JdbcTemplate jdbc;
    private final MoneySettings money;
    private final ObjectProvider<AfterPurchases> afterPurchases;

    ResponseSimulation(JdbcTemplate jdbc, MoneySettings money, ObjectProvider<AfterPurchases> afterPurchases) {
        this.jdbc = jdbc;
        this.money = money;
        this.afterPurchases = afterPurchases;
    }

    Response simulate(String campaign, String runKey, int days, long seed) {
        var run = jdbc.queryForMap("SELECT id, selected_at, score_date FROM campaign_run WHERE campaign = ? AND run_key = ?",
                campaign, runKey);
        long runId = ((Number) run.get("id")).longValue();
        LocalDateTime from = ((Timestamp) run.get("selected_at")).toLocalDateTime();
        LocalDateTime until = from.plusDays(days);
        List<Recipient> recipients = recipients(runId, run.get("score_date"));
        double conversionLift = 0;
        double revenueLift = 0;
        for (Recipient r : recipients) {
            conversionLift += OFFER_RESPONSE * Math.exp(-r.rate() * days);
            revenueLift += OFFER_RESPONSE * r.orderValue();
        }
        int n = Math.max(1, recipients.size());
        Long done = jdbc.queryForObject("SELECT COUNT(*) FROM purchase WHERE order_id LIKE ?", Long.class, "SIM-" + runId + "-%");
        if (done != null && done > 0) {
            return new Response(recipients.size(), done, 0, conversionLift / n, revenueLift / n, from, until, true);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Object[]> rows = new ArrayList<>();
        long purchases = 0;
        long offers = 0;
        for (Recipient r : recipients) {
            int count = poisson(random, r.rate() * days);
            boolean answers = r.target() && random.nextDouble() < OFFER_RESPONSE;
            for (int i = 0; i < count + (answers ? 1 : 0); i++) {
                boolean offer = answers && i == count;
                double amount = RandomDraws.gamma(random, AMOUNT_SHAPE, AMOUNT_SHAPE / r.orderValue());
                LocalDateTime at = from.plusSeconds((long) (random.nextDouble() * days * 86_400));
                rows.add(row(runId, r, i, at, amount, offer ? r.offerCode() : null));
                offers += offer ? 1 : 0;
            }
            purchases += count + (answers ? 1 : 0);
            if (rows.size() >= BATCH) {
                insert(rows);
            }
        }
        insert(rows);
        // the simulated purchases are the demo's import: the runs' kept results follow them
        afterPurchases.orderedStream().forEach(AfterPurchases::purchasesChanged);
        return new Response(recipients.size(), purchases, offers, conversionLift / n, revenueLift / n, from, until, false);
    }

    private List<Recipient> recipients(long runId, Object scoreDate) {
        return jdbc.query("SELECT r.customer_id, r.recipient_group, r.offer_code, r.favourite_category,"
                + " s.expected_purchases_90d, s.expected_order_value FROM campaign_recipient r"
                + " LEFT JOIN customer_score s ON s.customer_id = r.customer_id AND s.as_of = ?"
                + " WHERE r.run_id = ? ORDER BY r.customer_id", (row, i) -> {
                    double expected = row.getDouble(5);
                    boolean scored = !row.wasNull();
                    double orderValue = row.getDouble(6);
                    return new Recipient(row.getLong(1), "TARGET".equals(row.getString(2)), row.getString(3), row.getString(4),
                            scored ? Math.max(0, expected) / 90 : UNSCORED_RATE,
                            scored && orderValue > 0 ? orderValue : UNSCORED_ORDER_VALUE);
                }, scoreDate, runId);
    }

    private Object[] row(long runId, Recipient r, int n, LocalDateTime at, double amount, String offerCode) {
        BigDecimal cents = BigDecimal.valueOf(Math.max(0.01, amount)).setScale(2, RoundingMode.HALF_EVEN);
        return new Object[] {"SIM-" + runId + "-" + r.customerId() + "-" + n, r.customerId(), Timestamp.valueOf(at), cents,
                money.baseCurrency(), cents, r.category(), offerCode};
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO purchase (order_id, customer_id, purchased_at, amount, currency, amount_base, category,"
                    + " offer_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
            rows.clear();
            ShopSummary.changed(jdbc, java.util.Set.of(ShopSummary.Fact.PURCHASES));
        }
    }

    /** Knuth's method: fine for the small means of a month's purchases (e^−mean must not underflow). */
    static int poisson(SplittableRandom random, double mean) {
        if (mean > 50) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * RandomDraws.normal(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
