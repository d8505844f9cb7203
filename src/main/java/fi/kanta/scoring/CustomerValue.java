package fi.kanta.scoring;

/**
 * The model-based scores of one customer, as written to {@code customer_score}.
 *
 * @param pAlive             probability the customer is still active ({@code p_alive})
 * @param expectedPurchases  expected purchase days over the scorer's horizon ({@code expected_purchases_90d})
 * @param expectedOrderValue expected value of a purchase day ({@code expected_order_value})
 * @param clv                lifetime value over the CLV horizon ({@code clv_12m})
 */
public record CustomerValue(double pAlive, double expectedPurchases, double expectedOrderValue, double clv) {
}
