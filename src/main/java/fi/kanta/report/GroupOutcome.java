package fi.kanta.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What one group (target or holdout, of one channel or all) did in the window: how many customers,
 * how many bought (a positive net amount in the window), their net revenue in the base currency,
 * and the sum of each customer's revenue squared, which gives the spread of revenue per customer.
 */
public record GroupOutcome(long customers, long buyers, BigDecimal revenue, BigDecimal revenueSquares) {

    public static final GroupOutcome NONE = new GroupOutcome(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Both groups together, e.g. the email and letter holdouts as one. */
    public GroupOutcome plus(GroupOutcome other) {
        return new GroupOutcome(customers + other.customers, buyers + other.buyers, revenue.add(other.revenue),
                revenueSquares.add(other.revenueSquares));
    }

    /** Share of customers who bought, 0 for an empty group. */
    public double conversion() {
        return customers == 0 ? 0 : (double) buyers / customers;
    }

    public double revenuePerCustomer() {
        return customers == 0 ? 0 : revenue.doubleValue() / customers;
    }

    /**
     * The sample variance of revenue per customer (n − 1 in the denominator), computed exactly from
     * the sums so that a million customers lose no precision; 0 below two customers.
     */
    public double revenueVariance() {
        if (customers < 2) {
            return 0;
        }
        BigDecimal n = BigDecimal.valueOf(customers);
        BigDecimal centred = revenueSquares.subtract(revenue.multiply(revenue).divide(n, MathContext.DECIMAL128));
        return Math.max(0, centred.doubleValue() / (customers - 1));
    }
}
