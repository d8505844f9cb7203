package fi.kanta.demo;

import fi.kanta.customer.ContactRules;
import fi.kanta.demo.DemoPeople.Person;
import fi.kanta.scoring.RandomDraws;
import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Whether each customer may be contacted, as a shop's systems record it: the consent history
 * (docs/architecture.md "Consent and suppression": email and newsletter opt-in, letters opt-out, the newest row decides) and
 * the email provider's suppression export.
 *
 * <ul>
 *   <li>Most customers with an address answered the marketing-email question at checkout
 *       (about 70 % yes).</li>
 *   <li>About 40 % subscribed to the newsletter through the double opt-in form, a few weeks on.</li>
 *   <li>Some of those later unsubscribed: a second, newer row saying no.</li>
 *   <li>A few asked customer service for no more letters.</li>
 *   <li>A handful of addresses bounced or complained.</li>
 * </ul>
 */
final class DemoConsents {

    private static final double ASKED_AT_CHECKOUT = 0.92;
    private static final double SAID_YES_AT_CHECKOUT = 0.70;
    private static final double SUBSCRIBED = 0.40;
    private static final double UNSUBSCRIBED_LATER = 0.06;
    private static final double NO_LETTERS = 0.03;
    private static final double SUPPRESSED = 0.008;
    private static final double BOUNCED_NOT_COMPLAINED = 0.65;

    private DemoConsents() {
    }

    /** Writes the customer's consent rows and suppression, if any, from {@code since} to before {@code end} (minutes). */
    static void write(SplittableRandom random, Person person, long since, long end, DemoCsv consents, DemoCsv suppressions)
            throws IOException {
        if (person.email() != null) {
            if (Draw.chance(random, ASKED_AT_CHECKOUT)) {
                boolean yes = Draw.chance(random, SAID_YES_AT_CHECKOUT);
                row(consents, person, "email", yes, since, "web shop checkout");
                if (yes) {
                    maybeUnsubscribe(random, person, "email", since, end, consents);
                }
            }
            if (Draw.chance(random, SUBSCRIBED)) {
                long at = since + (long) RandomDraws.exponential(random, 1.0 / (45 * DemoFormat.MINUTES_PER_DAY));
                if (at < end) {
                    row(consents, person, "newsletter", true, at, ContactRules.DOUBLE_OPT_IN);
                    maybeUnsubscribe(random, person, "newsletter", at, end, consents);
                }
            }
            if (Draw.chance(random, SUPPRESSED)) {
                String reason = Draw.chance(random, BOUNCED_NOT_COMPLAINED) ? "bounced" : "complained";
                // providers export addresses lower-cased; the import matches them by that key
                suppressions.row(person.email().toLowerCase(Locale.ROOT), person.id(), reason,
                        DemoFormat.timestamp(between(random, since, end)), "email provider export");
            }
        }
        if (Draw.chance(random, NO_LETTERS)) {
            row(consents, person, "letter", false, between(random, since, end), "customer service");
        }
    }

    private static void maybeUnsubscribe(SplittableRandom random, Person person, String channel, long given, long end,
                                         DemoCsv consents) throws IOException {
        long from = given + DemoFormat.MINUTES_PER_DAY; // a later row, so it is the newest and decides
        if (from < end && Draw.chance(random, UNSUBSCRIBED_LATER)) {
            row(consents, person, channel, false, between(random, from, end), "unsubscribe link");
        }
    }

    private static void row(DemoCsv consents, Person person, String channel, boolean granted, long minute, String source)
            throws IOException {
        consents.row(person.id(), channel, granted ? "yes" : "no", DemoFormat.timestamp(minute), source);
    }

    /** A minute in [from, to), or {@code from} when the range is empty. */
    private static long between(SplittableRandom random, long from, long to) {
        return to > from ? from + random.nextLong(to - from) : from;
    }
}
