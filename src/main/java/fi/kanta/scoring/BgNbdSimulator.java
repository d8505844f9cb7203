package fi.kanta.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws customers from known BG/NBD and Gamma-Gamma parameters: for parameter-recovery tests and the
 * scoring benchmark. The same seed gives the same customers on every machine (StrictMath throughout).
 *
 * <p>Per customer: λ ~ Gamma(r, α) and p ~ Beta(a, b); the first purchase at time 0, then exponential
 * waits of mean 1/λ, and after each repeat purchase a coin with probability p ends the customer. The
 * observation window T is uniform in [minDays, maxDays] (a cohort that joined over a period). Spend:
 * ν ~ Gamma(q, γ), each purchase day's value ~ Gamma(p, ν).
 *
 * <p>In continuous time the summaries follow the model exactly. With whole days, purchases are put on
 * calendar days (the first at a random time of day 0) and same-day purchases merged, as the SQL summary
 * does: slightly off the model for customers who buy more than once a day.
 *
 * @param purchases the purchase process
 * @param spend     the spend process
 */
public record BgNbdSimulator(BgNbd purchases, GammaGamma spend) {

    /**
     * {@code customers} summaries with ids 1..n.
     *
     * @param minDays   shortest observation window T
     * @param maxDays   longest observation window T
     * @param wholeDays true to round to calendar days as the SQL summary would
     * @param seed      the random seed
     */
    public List<CustomerSummary> simulate(int customers, double minDays, double maxDays, boolean wholeDays,
            long seed) {
        if (!(minDays >= 0 && maxDays >= minDays) || Double.isInfinite(maxDays)) {
            throw new IllegalArgumentException("need 0 <= minDays <= maxDays, had " + minDays + ", " + maxDays);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<CustomerSummary> result = new ArrayList<>(customers);
        for (int id = 1; id <= customers; id++) {
            result.add(wholeDays ? onDays(random, id, minDays, maxDays) : continuous(random, id, minDays, maxDays));
        }
        return result;
    }

    private CustomerSummary continuous(SplittableRandom random, long id, double minDays, double maxDays) {
        double window = minDays + (maxDays - minDays) * random.nextDouble();
        double lambda = RandomDraws.gamma(random, purchases.r(), purchases.alpha());
        double dropout = RandomDraws.beta(random, purchases.a(), purchases.b());
        double nu = RandomDraws.gamma(random, spend.q(), spend.gamma());
        double total = RandomDraws.gamma(random, spend.p(), nu); // the first purchase
        double repeatSpend = 0;
        int x = 0;
        double last = 0;
        double time = 0;
        while (true) {
            time += RandomDraws.exponential(random, lambda);
            if (!(time <= window)) {
                break;
            }
            x++;
            last = time;
            repeatSpend += RandomDraws.gamma(random, spend.p(), nu);
            if (random.nextDouble() < dropout) {
                break;
            }
        }
        total += repeatSpend;
        return new CustomerSummary(id, x, last, window, x == 0 ? 0 : repeatSpend / x, total);
    }

    private CustomerSummary onDays(SplittableRandom random, long id, double minDays, double maxDays) {
        long days = (long) Math.floor(minDays + (maxDays - minDays + 1) * random.nextDouble());
        days = Math.min(days, (long) maxDays);
        double lambda = RandomDraws.gamma(random, purchases.r(), purchases.alpha());
        double dropout = RandomDraws.beta(random, purchases.a(), purchases.b());
        double nu = RandomDraws.gamma(random, spend.q(), spend.gamma());
        double timeOfDay = random.nextDouble();
        double total = RandomDraws.gamma(random, spend.p(), nu);
        double repeatSpend = 0;
        int x = 0;
        long lastDay = 0;
        double time = timeOfDay;
        while (true) {
            time += RandomDraws.exponential(random, lambda);
            long day = (long) Math.floor(time);
            if (!(day <= days)) {
                break;
            }
            double value = RandomDraws.gamma(random, spend.p(), nu);
            total += value;
            if (day == lastDay && x > 0 || day == 0) {
                // Another purchase on a day already counted: same day, one purchase day (its value adds up).
                if (x > 0) {
                    repeatSpend += value;
                }
            } else {
                x++;
                lastDay = day;
                repeatSpend += value;
            }
            if (random.nextDouble() < dropout) {
                break;
            }
        }
        return new CustomerSummary(id, x, lastDay, days, x == 0 ? 0 : repeatSpend / x, total);
    }
}
