package fi.kanta.demo;

import fi.kanta.scoring.RandomDraws;

import fi.kanta.demo.DemoPeople.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a customer bought on the days {@link RepeatBuying} chose: the time of day, the amount,
 * the category, a voucher now and then, and the odd refund.
 *
 * <p>Amounts follow the Gamma-Gamma story (Fader, Hardie &amp; Lee 2005), which expected-spend
 * scoring assumes: each customer's purchases are Gamma(p, ν) around their own mean p/ν, and ν
 * differs between customers as Gamma(q, γ). With p = 6, q = 4, γ = 28 a purchase averages about
 * 56 EUR, most customers' means fall between 20 and 150 EUR, and one purchase varies about ±40 %
 * around its customer's mean.
 */
final class DemoPurchases {

    static final String[] CATEGORIES = {"Clothing", "Shoes", "Home", "Beauty", "Sports", "Kids", "Gifts"};
    static final double[] CATEGORY_WEIGHTS = {30, 15, 18, 14, 10, 8, 5};
    /** How often a purchase is in the customer's favourite category (else any, by popularity). */
    private static final double FAVOURITE = 0.55;

    private static final double SPEND_SHAPE = 6;      // p
    private static final double SPEND_RATE_SHAPE = 4; // q
    private static final double SPEND_RATE_RATE = 28; // γ

    /** Swedish customers pay about a fifth of their purchases in kronor, at roughly this rate. */
    private static final double SEK_SHARE = 0.2;
    private static final double SEK_PER_EUR = 11.5;

    private static final double REFUND_SHARE = 0.02;
    private static final double WELCOME_OFFER = 0.15;
    private static final double SEASON_OFFER = 0.06;

    /** Online orders by hour of day, shop-local: evenings busiest, none 2–5 am (nor in the spring-forward gap). */
    private static final double[] HOUR_WEIGHTS = {
        2, 1, 0, 0, 0, 0, 1, 3, 5, 6, 7, 8, 9, 8, 7, 7, 8, 10, 12, 14, 14, 12, 8, 4,
    };

    /**
     * One row of the purchase file.
     *
     * @param minute minutes since 1970-01-01T00:00, shop-local
     * @param cents  the amount in cents of {@code currency}; negative for a refund
     */
    record Purchase(long minute, long cents, String currency, String category, String offerCode) {
    }

    private static final Comparator<Purchase> BY_TIME = Comparator.comparingLong(Purchase::minute);

    private DemoPurchases() {
    }

    /** The customer's purchases and refunds, oldest first; none on or after {@code endDay}. */
    static List<Purchase> of(SplittableRandom random, Person person, long[] days, long endDay) {
        double spendRate = RandomDraws.gamma(random, SPEND_RATE_SHAPE, SPEND_RATE_RATE);
        int favourite = Draw.weighted(random, CATEGORY_WEIGHTS);
        boolean paysInKronor = "SE".equals(person.country());
        List<Purchase> purchases = new ArrayList<>(days.length + 2);
        for (int i = 0; i < days.length; i++) {
            long minute = days[i] * DemoFormat.MINUTES_PER_DAY + timeOfDay(random);
            double euros = Math.max(1.0, RandomDraws.gamma(random, SPEND_SHAPE, spendRate));
            boolean kronor = paysInKronor && Draw.chance(random, SEK_SHARE);
            // kronor prices are whole kronor, euro prices to the cent
            long cents = kronor ? Math.round(euros * SEK_PER_EUR) * 100 : Math.round(euros * 100);
            String category = Draw.chance(random, FAVOURITE) ? CATEGORIES[favourite]
                    : CATEGORIES[Draw.weighted(random, CATEGORY_WEIGHTS)];
            Purchase purchase = new Purchase(minute, cents, kronor ? "SEK" : "EUR", category, offer(random, i == 0, days[i]));
            purchases.add(purchase);
            if (Draw.chance(random, REFUND_SHARE)) {
                Purchase refund = refund(random, purchase, days[i], endDay);
                if (refund != null) {
                    purchases.add(refund);
                }
            }
        }
        purchases.sort(BY_TIME); // stable: same-minute rows keep the order they were made in
        return purchases;
    }

    /** A return 2–30 days later: the whole order, or one item of it; none if that day is not yet. */
    private static Purchase refund(SplittableRandom random, Purchase original, long day, long endDay) {
        long refundDay = day + 2 + random.nextInt(29);
        if (refundDay >= endDay) {
            return null;
        }
        long cents = original.cents();
        if (Draw.chance(random, 0.3)) {
            long unit = "SEK".equals(original.currency()) ? 100 : 1;
            cents = Math.max(unit, Math.round(cents * (0.3 + 0.4 * random.nextDouble()) / unit) * unit);
        }
        return new Purchase(refundDay * DemoFormat.MINUTES_PER_DAY + timeOfDay(random), -cents, original.currency(),
                original.category(), null);
    }

    /** A voucher code: the welcome code on some first orders, the season's code on a few others. */
    private static String offer(SplittableRandom random, boolean first, long day) {
        if (first) {
            return Draw.chance(random, WELCOME_OFFER) ? "WELCOME10" : null;
        }
        if (!Draw.chance(random, SEASON_OFFER)) {
            return null;
        }
        return switch (LocalDate.ofEpochDay(day).getMonthValue()) {
            case 1, 2 -> "WINTER15";
            case 3, 4, 5 -> "SPRING15";
            case 6, 7, 8 -> "SUMMER20";
            case 9, 10 -> "AUTUMN10";
            case 11 -> "BLACKWEEK25";
            default -> "XMAS10";
        };
    }

    /** Minutes after midnight, by the shop's busy hours. */
    static int timeOfDay(SplittableRandom random) {
        return Draw.weighted(random, HOUR_WEIGHTS) * 60 + random.nextInt(60);
    }
}
