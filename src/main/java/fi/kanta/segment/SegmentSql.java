package fi.kanta.segment;

import fi.kanta.customer.CustomerChoices;
import fi.kanta.segment.Filter.Bought;
import fi.kanta.segment.Filter.Clicked;
import fi.kanta.segment.Filter.Condition;
import fi.kanta.segment.Filter.Group;
import fi.kanta.segment.Filter.InterestedIn;
import fi.kanta.sql.Sql;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compiles a filter into one SQL condition over the customer row {@code c}, with every value a
 * parameter, and says which sources ({@link CustomerQuery}) it needs joined.
 */
public final class SegmentSql {

    private SegmentSql() {
    }

    /** The condition; {@code today} anchors "within last N days". */
    public static Sql where(Filter filter, LocalDate today) {
        if (filter instanceof Condition condition) {
            return condition(condition, today);
        }
        if (filter instanceof InterestedIn interest) {
            return Sql.of(interest.interested() ? "" : "NOT ").plus(CustomerChoices.interestedIn(interest.categories()));
        }
        if (filter instanceof Clicked clicked) {
            return clicked(clicked, today);
        }
        return filter instanceof Bought bought ? bought(bought, today) : group((Group) filter, today);
    }

    /** The sources the filter reads. */
    public static Set<Source> sources(Filter filter) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        collect(filter, sources);
        return sources;
    }

    /** Whether the filter reads clicks, which are a profile as scores are ("do not profile me"). */
    public static boolean readsClicks(Filter filter) {
        return filter instanceof Clicked || filter instanceof Group group && group.parts().stream().anyMatch(SegmentSql::readsClicks);
    }

    private static void collect(Filter filter, Set<Source> sources) {
        if (filter instanceof Condition condition) {
            sources.add(condition.field().source());
        } else if (filter instanceof Group group) {
            group.parts().forEach(part -> collect(part, sources));
        } // Bought, InterestedIn and Clicked are subqueries on the customer row: nothing to join
    }

    private static Sql group(Group group, LocalDate today) {
        List<Sql> parts = group.parts().stream().map(part -> where(part, today).parenthesized()).toList();
        return switch (group.combine()) {
            case ALL -> parts.isEmpty() ? Sql.of("1 = 1") : Sql.join(" AND ", parts);
            case ANY -> parts.isEmpty() ? Sql.of("1 = 0") : Sql.join(" OR ", parts);
            // an unset field makes a comparison unknown (NULL), and NOT unknown is still unknown: a
            // customer without feedback would drop out of "none: detractor". COALESCE makes it false.
            case NONE -> parts.isEmpty() ? Sql.of("1 = 1") : Sql.of("NOT COALESCE(").plus(Sql.join(" OR ", parts)).plus(", FALSE)");
        };
    }

    private static Sql condition(Condition condition, LocalDate today) {
        Sql field = condition.field().sql();
        List<Object> v = condition.values();
        return switch (condition.operator()) {
            case EQUALS -> field.plus(" = ?", v.get(0));
            case NOT_EQUALS -> field.plus(" <> ?", v.get(0));
            case LESS -> field.plus(" < ?", v.get(0));
            case LESS_OR_EQUAL -> field.plus(" <= ?", v.get(0));
            case GREATER -> field.plus(" > ?", v.get(0));
            case GREATER_OR_EQUAL -> field.plus(" >= ?", v.get(0));
            case BETWEEN -> field.plus(" BETWEEN ? AND ?", v.get(0), v.get(1));
            case IN -> field.plus(" IN (" + marks(v.size()) + ")", v.toArray());
            case NOT_IN -> field.plus(" NOT IN (" + marks(v.size()) + ")", v.toArray());
            case IS_SET -> field.plus(" IS NOT NULL");
            case IS_NOT_SET -> field.plus(" IS NULL");
            case WITHIN_LAST_DAYS -> field.plus(" >= ?", cutoff(today, v));
            case NOT_WITHIN_LAST_DAYS -> field.plus(" < ?", cutoff(today, v));
            case WITHIN_NEXT_DAYS -> BirthdayWindow.sql(field, today, (Integer) v.get(0));
        };
    }

    /** One (NOT) EXISTS over the customer's purchases: the purchase index on customer_id finds them. */
    private static Sql bought(Bought bought, LocalDate today) {
        return Sql.of((bought.bought() ? "" : "NOT ") + "EXISTS (SELECT 1").plus(purchasesIn(bought, today)).plus(")");
    }

    /**
     * One EXISTS over the customer's clicks (the click index on customer_id and time finds them), not
     * a scanner's, since the start of the day N days ago; "do not profile me" reads no clicks at all.
     */
    private static Sql clicked(Clicked clicked, LocalDate today) {
        return Sql.of("EXISTS (SELECT 1 FROM click k WHERE k.customer_id = c.id AND k.suspect = FALSE AND k.clicked_at >= ?)",
                Timestamp.valueOf(today.minusDays(clicked.withinDays()).atStartOfDay())).plus(" AND NOT " + CustomerChoices.NOT_PROFILED_EACH);
    }

    /**
     * {@code FROM purchase b WHERE …}: the customer's purchases (refunds are not) in the categories,
     * compared in lower case (the names are the shop's own, as imported), within the days if given.
     */
    static Sql purchasesIn(Bought bought, LocalDate today) {
        List<Object> categories = bought.categories().stream().map(category -> (Object) category.toLowerCase(Locale.ROOT)).toList();
        Sql purchases = Sql.of(" FROM purchase b WHERE b.customer_id = c.id AND b.amount > 0 AND LOWER(b.category) IN ("
                + marks(categories.size()) + ")", categories.toArray());
        if (bought.withinDays().isPresent()) {
            purchases = purchases.plus(" AND b.purchased_at >= ?", Timestamp.valueOf(today.minusDays(bought.withinDays().getAsInt()).atStartOfDay()));
        }
        return purchases;
    }

    private static Date cutoff(LocalDate today, List<Object> values) {
        return Date.valueOf(today.minusDays((Integer) values.get(0)));
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
