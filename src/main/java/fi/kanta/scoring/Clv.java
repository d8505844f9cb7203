package fi.kanta.scoring;

/**
 * Customer lifetime value over a finite horizon, from BG/NBD purchases and Gamma-Gamma spend.
 *
 * <pre>
 * CLV = E[order value] · Σ_{m=1..M} ( E[Y(m·D)] - E[Y((m-1)·D)] ) / (1 + d)^m
 * </pre>
 * E[Y(t)] is the BG/NBD conditional expectation of purchase days in the next t days (it already
 * contains P(alive)), so the difference is what month m is expected to bring; D days make a month,
 * M months the horizon, d the monthly discount rate, each month's purchases discounted as if made at
 * its end. E[order value] is the Gamma-Gamma conditional expectation, taken as constant over the
 * horizon. The result is in the currency of the spend model and is the value of future purchases only:
 * margin, if wanted, is a factor the caller applies.
 *
 * @param months              the horizon M in months, &ge; 1
 * @param monthlyDiscountRate d, e.g. 0.01 for 1 % a month (about 12.7 % a year), &ge; 0
 * @param daysPerMonth        D, the days in a month, &gt; 0
 */
public record Clv(int months, double monthlyDiscountRate, double daysPerMonth) {

    /** Twelve 30-day months at 1 % a month: the {@code clv_12m} column. */
    public static final Clv DEFAULT = new Clv(12, 0.01, 30);

    public Clv {
        if (months < 1 || !(monthlyDiscountRate >= 0) || !(daysPerMonth > 0) || Double.isInfinite(monthlyDiscountRate)
                || Double.isInfinite(daysPerMonth)) {
            throw new IllegalArgumentException("need months >= 1, a finite discount rate >= 0 and days per month > 0;"
                    + " had " + months + ", " + monthlyDiscountRate + ", " + daysPerMonth);
        }
    }

    /** The customer's CLV over the horizon. */
    public double value(BgNbd purchases, GammaGamma spend, CustomerSummary c) {
        return value(purchases, c.frequency(), c.recencyDays(), c.tDays(), spend.expectedOrderValue(c));
    }

    /** CLV of a customer with history (x, t_x, T) whose purchase days are each worth {@code orderValue}. */
    public double value(BgNbd purchases, int x, double tx, double t, double orderValue) {
        double pAlive = purchases.pAlive(x, tx, t);
        double previous = 0;
        double discounted = 0;
        double discount = 1;
        for (int m = 1; m <= months; m++) {
            double cumulative = purchases.purchasesIfAlive(x, t, m * daysPerMonth);
            discount /= 1 + monthlyDiscountRate;
            // The cumulative expectation never falls; max() keeps rounding from making a month negative.
            discounted += Math.max(0, cumulative - previous) * discount;
            previous = Math.max(previous, cumulative);
        }
        return pAlive * discounted * orderValue;
    }
}
