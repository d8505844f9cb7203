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
        double lambda = gamma(random, purchases.r(), purchases.alpha());
        double dropout = beta(random, purchases.a(), purchases.b());
        double nu = gamma(random, spend.q(), spend.gamma());
        double total = gamma(random, spend.p(), nu); // the first purchase
        double repeatSpend = 0;
        int x = 0;
        double last = 0;
        double time = 0;
        while (true) {
            time += exponential(random, lambda);
            if (!(time <= window)) {
                break;
            }
            x++;
            last = time;
            repeatSpend += gamma(random, spend.p(), nu);
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
        double lambda = gamma(random, purchases.r(), purchases.alpha());
        double dropout = beta(random, purchases.a(), purchases.b());
        double nu = gamma(random, spend.q(), spend.gamma());
        double timeOfDay = random.nextDouble();
        double total = gamma(random, spend.p(), nu);
        double repeatSpend = 0;
        int x = 0;
        long lastDay = 0;
        double time = timeOfDay;
        while (true) {
            time += exponential(random, lambda);
            long day = (long) Math.floor(time);
            if (!(day <= days)) {
                break;
            }
            double value = gamma(random, spend.p(), nu);
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

    /** Exponential waiting time with the given rate; infinite for a rate of 0. */
    private static double exponential(SplittableRandom random, double rate) {
        return -StrictMath.log(1.0 - random.nextDouble()) / rate;
    }

    private static double normal(SplittableRandom random) {
        while (true) { // Marsaglia's polar method
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            }
        }
    }

    /** Gamma(shape, rate) by Marsaglia and Tsang; a shape below 1 boosted by U^(1/shape). */
    static double gamma(SplittableRandom random, double shape, double rate) {
        if (shape < 1) {
            double u = 1.0 - random.nextDouble();
            return gamma(random, shape + 1, rate) * StrictMath.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            double xx = x * x;
            if (u < 1 - 0.0331 * xx * xx || StrictMath.log(u) < 0.5 * xx + d * (1 - v + StrictMath.log(v))) {
                return d * v / rate;
            }
        }
    }

    /** Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a, 1);
        double y = gamma(random, b, 1);
        return x + y == 0 ? 0.5 : x / (x + y);
    }
}
