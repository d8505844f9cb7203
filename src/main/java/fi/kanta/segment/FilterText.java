package fi.kanta.segment;

import fi.kanta.segment.Filter.Bought;
import fi.kanta.segment.Filter.Clicked;
import fi.kanta.segment.Filter.Condition;
import fi.kanta.segment.Filter.Group;
import fi.kanta.segment.Filter.InterestedIn;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A filter written back as the marketer wrote it, for messages: {@code days_since_last_purchase >= 180}. */
public final class FilterText {

    private FilterText() {
    }

    public static String of(Filter filter) {
        if (filter instanceof Condition condition) {
            List<Object> v = condition.values();
            String value = switch (condition.operator().arity()) {
                case NONE -> "";
                case ONE, DAYS -> " " + value(v.get(0));
                case TWO, LIST -> " " + list(v);
            };
            return condition.field().id() + " " + condition.operator().id() + value;
        }
        if (filter instanceof Bought bought) {
            return (bought.bought() ? "bought " : "not bought ") + String.join(" or ", bought.categories())
                    + bought.withinDays().stream().mapToObj(days -> " within the last " + days + " days").findFirst().orElse("");
        }
        if (filter instanceof InterestedIn interest) {
            return (interest.interested() ? "interested in " : "not interested in ") + String.join(" or ", interest.categories());
        }
        if (filter instanceof Clicked clicked) {
            return "clicked within the last " + clicked.withinDays() + " days";
        }
        Group group = (Group) filter;
        return group.combine().id() + ": " + list(group.parts().stream().map(part -> (Object) of(part)).toList());
    }

    /** A value as a message shows it; {@code null} is "not set". */
    public static String value(Object value) {
        if (value == null) {
            return "not set";
        }
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }

    private static String list(List<Object> values) {
        return values.stream().map(FilterText::value).collect(Collectors.joining(", ", "[", "]"));
    }
}
