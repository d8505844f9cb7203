package fi.kanta.segment;

import java.util.List;
import java.util.OptionalInt;

/**
 * A segment filter: conditions on whitelisted fields combined with all/any/none groups. Values
 * are held as typed Java values (String, BigDecimal, LocalDate, Boolean, Integer days) and only
 * ever bound as SQL parameters.
 */
public sealed interface Filter {

    /** {@code field op value}; {@code values} holds 0, 1, 2 or a list of values as the operator needs. */
    record Condition(SegmentField field, Operator operator, List<Object> values) implements Filter {
    }

    /**
     * Bought (or, with {@code bought} false, did not buy) in one of the shop's own categories
     * (compared without regard to case), within the last {@code withinDays} days, or ever when empty.
     * A refund is not a purchase.
     */
    record Bought(boolean bought, List<String> categories, OptionalInt withinDays) implements Filter {
    }

    /**
     * The customer said they care about (or, with {@code interested} false, did not say so about any
     * of) one of the categories, compared without regard to case: their own interests
     * ({@code customer_interest}), not their purchases.
     */
    record InterestedIn(boolean interested, List<String> categories) implements Filter {
    }

    /**
     * Clicked a counted link of one of the shop's emails within the last {@code withinDays} days
     * (docs/architecture.md "Clicks"): clicks that look like a mail scanner's are not counted, and
     * nothing of a customer who chose "do not profile me".
     */
    record Clicked(int withinDays) implements Filter {
    }

    /** All parts must hold, any of them, or none of them. */
    record Group(Combine combine, List<Filter> parts) implements Filter {
    }

    enum Combine {
        ALL("all"), ANY("any"), NONE("none");

        private final String id;

        Combine(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Everyone: the empty "all" group. */
    static Filter everyone() {
        return new Group(Combine.ALL, List.of());
    }
}
