package fi.kanta.segment;

import fi.kanta.segment.Filter.Condition;
import fi.kanta.segment.Filter.Group;
import fi.kanta.sql.Sql;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
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
        return filter instanceof Condition condition ? condition(condition, today) : group((Group) filter, today);
    }

    /** The sources the filter reads. */
    public static Set<Source> sources(Filter filter) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        collect(filter, sources);
        return sources;
    }

    private static void collect(Filter filter, Set<Source> sources) {
        if (filter instanceof Condition condition) {
            sources.add(condition.field().source());
        } else {
            ((Group) filter).parts().forEach(part -> collect(part, sources));
        }
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

    private static Date cutoff(LocalDate today, List<Object> values) {
        return Date.valueOf(today.minusDays((Integer) values.get(0)));
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
