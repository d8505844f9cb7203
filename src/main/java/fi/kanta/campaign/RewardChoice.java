package fi.kanta.campaign;

import fi.kanta.campaign.Campaign.Offer;
import fi.kanta.campaign.Campaign.Reward;
import fi.kanta.customer.CustomerChoices;
import fi.kanta.sql.Sql;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Which of an offer's rewards a customer gets, as one SQL expression: the number of the first reward
 * whose condition holds, in the definition's order, else the last (the default). The selection
 * writes it into the outbox row with every other offer field, and a preview reads it the same way,
 * so both choose alike (docs/architecture.md "Rewards"). The signals are the picks' own: the
 * favourite category of the score snapshot, the interests the customer stated, and their best pick.
 * None is read for a customer who chose "do not profile me": they get the default.
 */
public final class RewardChoice {

    private RewardChoice() {
    }

    /**
     * The chosen reward's number (1 is the first).
     *
     * @param customer    the customer's id, e.g. {@code y.customer_id}
     * @param favourite   their favourite category from the scores, e.g. {@code s.favourite_category} (NULL: none)
     * @param notProfiled a condition: they chose "do not profile me"
     */
    public static Sql number(Offer offer, String customer, String favourite, String notProfiled) {
        List<Reward> rewards = offer.rewards();
        int fallback = rewards.size();
        if (fallback == 1) {
            return Sql.of(String.valueOf(fallback));
        }
        Sql sql = Sql.of("CASE WHEN " + notProfiled + " THEN " + fallback);
        for (Reward reward : rewards.subList(0, fallback - 1)) {
            sql = sql.plus(" WHEN ").plus(condition(reward, customer, favourite)).plus(" THEN " + reward.number());
        }
        return sql.plus(" ELSE " + fallback + " END");
    }

    /** The reward's condition; categories compared without regard to case, as segments compare them. */
    private static Sql condition(Reward reward, String customer, String favourite) {
        List<Object> lower = reward.categories().stream().map(c -> (Object) c.toLowerCase(Locale.ROOT)).toList();
        String in = " IN (" + String.join(", ", Collections.nCopies(lower.size(), "?")) + ")";
        Object[] args = lower.toArray();
        return switch (reward.signal()) {
            case FAVOURITE_CATEGORY -> Sql.of("LOWER(" + favourite + ")" + in, args);
            case INTERESTED_IN -> CustomerChoices.interestedIn(customer, reward.categories());
            // the first of the stored products is the best pick (SQL arrays count from 1)
            case TOP_PICK_IN -> Sql.of("EXISTS (SELECT 1 FROM customer_pick k JOIN product p ON p.id = k.product_ids[1]"
                    + " WHERE k.customer_id = " + customer + " AND LOWER(p.category)" + in + ")", args);
            case EVERYONE_ELSE -> Sql.of("1 = 1");
        };
    }
}
