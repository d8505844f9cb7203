package fi.kanta.scoring;

/**
 * One customer's purchase history condensed to what the models and RFM need, as of a date.
 *
 * <p>The buy-till-you-die convention of Fader, Hardie &amp; Lee: time is counted in days from the
 * customer's first purchase day, and only days with a positive net amount are purchase days (several
 * orders on one day are one purchase). Every component is one column of a single aggregate query
 * grouped by customer:
 *
 * <pre>
 * frequency     = COUNT(purchase days) - 1              the textbook x: repeat purchase days
 * recencyDays   = last purchase day - first purchase day the textbook t_x (0 when frequency = 0)
 * tDays         = as-of day - first purchase day         the textbook T
 * monetaryValue = SUM(repeat day amounts) / frequency    0 when frequency = 0 (the first day is left
 *                                                         out: it is often different in kind)
 * totalSpend    = SUM(all amounts, refunds included)     what RFM's M ranks
 * </pre>
 *
 * <p>Days may be fractional (the simulator uses continuous time); the SQL side fills whole days.
 *
 * @param customerId    the customer's key ({@code customer.id}); the models never look at it
 * @param frequency     repeat purchase days, x &ge; 0
 * @param recencyDays   days from the first to the last purchase day, 0 &le; t_x &le; T
 * @param tDays         days from the first purchase day to the as-of date, T &ge; 0
 * @param monetaryValue mean amount of a repeat purchase day in the base currency (0 without repeats)
 * @param totalSpend    all the customer's spending in the base currency
 */
public record CustomerSummary(long customerId, int frequency, double recencyDays, double tDays,
        double monetaryValue, double totalSpend) {

    public CustomerSummary {
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency must be >= 0, was " + frequency);
        }
        if (!(tDays >= 0) || Double.isInfinite(tDays)) {
            throw new IllegalArgumentException("tDays must be finite and >= 0, was " + tDays);
        }
        if (!(recencyDays >= 0 && recencyDays <= tDays)) {
            throw new IllegalArgumentException("recencyDays must be in [0, tDays=" + tDays + "], was " + recencyDays);
        }
        if (frequency == 0 && recencyDays != 0) {
            // With no repeat purchase the last purchase is the first: anything else is a query bug.
            throw new IllegalArgumentException("recencyDays must be 0 when frequency is 0, was " + recencyDays);
        }
        if (!Double.isFinite(monetaryValue) || monetaryValue < 0) {
            throw new IllegalArgumentException("monetaryValue must be finite and >= 0, was " + monetaryValue);
        }
        if (!Double.isFinite(totalSpend)) {
            throw new IllegalArgumentException("totalSpend must be finite, was " + totalSpend);
        }
    }

    /** Days since the last purchase day: T - t_x (what RFM's R ranks, fewer is better). */
    public double daysSinceLastPurchase() {
        return tDays - recencyDays;
    }

    /** Purchase days in all, the first included: x + 1. */
    public int purchaseDays() {
        return frequency + 1;
    }
}
