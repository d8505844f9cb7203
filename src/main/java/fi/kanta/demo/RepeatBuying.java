package fi.kanta.demo;

import fi.kanta.scoring.RandomDraws;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * When a customer buys: the story behind the BG/NBD model (Fader, Hardie &amp; Lee 2005), played
 * forward, so that the scoring fitted later on this data has something true to find.
 *
 * <ul>
 *   <li>While active, a customer buys as a Poisson process with rate λ; λ differs between
 *       customers as Gamma(r, α).</li>
 *   <li>After each repeat purchase the customer becomes inactive for good with probability p;
 *       p differs between customers as Beta(a, b). Nobody leaves before a first repeat purchase
 *       (that is the model's assumption, too).</li>
 *   <li>The first purchase is on the day the customer joined.</li>
 * </ul>
 *
 * <p>Tuned for about ten purchases per customer over a three-year history. The textbook-like
 * r = 0.8, α = 40, a = 0.6, b = 3 gives about six; a higher base rate (one purchase every month
 * or so while active) and a slower drop-out give ten, with the same shape of a crowd: one in
 * eight customers buys only once, a few buy every week for years.
 */
final class RepeatBuying {

    /** Shape r of the purchase rates. Below 1: most customers buy rarely, a few very often. */
    static final double RATE_SHAPE = 0.8;
    /** Rate α of the purchase rates, in days: the mean λ = r/α is one purchase every 31 days. */
    static final double RATE_RATE = 25;
    /** Beta(a, b) of the drop-out probability: mean a/(a+b) ≈ 0.09 after each repeat purchase. */
    static final double DROPOUT_A = 0.6;
    static final double DROPOUT_B = 6;

    private RepeatBuying() {
    }

    /**
     * The days (epoch days) of one new customer's purchases, in order: the first on
     * {@code joinDay}, the rest before {@code endDay} (exclusive). Same-day purchases repeat the day.
     * Time runs from the join day, so a later end date moves the same history forward intact.
     */
    static long[] purchaseDays(SplittableRandom random, long joinDay, long endDay) {
        double rate = RandomDraws.gamma(random, RATE_SHAPE, RATE_RATE);
        double dropout = RandomDraws.beta(random, DROPOUT_A, DROPOUT_B);
        long days = endDay - joinDay;
        long[] purchases = new long[8];
        int count = 0;
        purchases[count++] = joinDay;
        double t = 0; // days since joining
        while (true) {
            t += RandomDraws.exponential(random, rate);
            if (!(t < days)) { // also ends a rate of 0, whose waiting time is infinite
                break;
            }
            if (count == purchases.length) {
                purchases = Arrays.copyOf(purchases, count * 2);
            }
            purchases[count++] = joinDay + (long) t;
            if (Draw.chance(random, dropout)) {
                break;
            }
        }
        return Arrays.copyOf(purchases, count);
    }
}
