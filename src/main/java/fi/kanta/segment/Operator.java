package fi.kanta.segment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a condition compares a field with its value. A field that is not set (SQL NULL) matches no
 * comparison, only {@code is not set}: "language != fi" does not pick customers without a language.
 */
public enum Operator {
    EQUALS("=", Arity.ONE, valued()),
    NOT_EQUALS("!=", Arity.ONE, valued()),
    LESS("<", Arity.ONE, ordered()),
    LESS_OR_EQUAL("<=", Arity.ONE, ordered()),
    GREATER(">", Arity.ONE, ordered()),
    GREATER_OR_EQUAL(">=", Arity.ONE, ordered()),
    BETWEEN("between", Arity.TWO, ordered()),
    IN("in", Arity.LIST, EnumSet.of(FieldType.TEXT, FieldType.NUMBER)),
    NOT_IN("not in", Arity.LIST, EnumSet.of(FieldType.TEXT, FieldType.NUMBER)),
    IS_SET("is set", Arity.NONE, EnumSet.allOf(FieldType.class)),
    IS_NOT_SET("is not set", Arity.NONE, EnumSet.allOf(FieldType.class)),
    WITHIN_LAST_DAYS("within last days", Arity.DAYS, EnumSet.of(FieldType.DATE)),
    NOT_WITHIN_LAST_DAYS("not within last days", Arity.DAYS, EnumSet.of(FieldType.DATE)),
    WITHIN_NEXT_DAYS("within next days", Arity.DAYS, EnumSet.of(FieldType.BIRTHDAY));

    /** What the condition's {@code value} holds. */
    enum Arity {
        NONE, ONE, TWO, LIST, DAYS
    }

    private final String id;
    private final Arity arity;
    private final Set<FieldType> types;

    Operator(String id, Arity arity, Set<FieldType> types) {
        this.id = id;
        this.arity = arity;
        this.types = types;
    }

    /** Types whose values a condition can write (a birthday is compared by days from today instead). */
    private static Set<FieldType> valued() {
        return EnumSet.complementOf(EnumSet.of(FieldType.BIRTHDAY));
    }

    private static Set<FieldType> ordered() {
        return EnumSet.of(FieldType.NUMBER, FieldType.DATE);
    }

    public String id() {
        return id;
    }

    Arity arity() {
        return arity;
    }

    public boolean appliesTo(FieldType type) {
        return types.contains(type);
    }

    public static Optional<Operator> of(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
    }

    public static List<String> ids(FieldType type) {
        return Arrays.stream(values()).filter(o -> o.appliesTo(type)).map(Operator::id).toList();
    }
}
