package fi.kanta.segment;

import fi.kanta.definition.YamlNode;
import fi.kanta.segment.Filter.Bought;
import fi.kanta.segment.Filter.Clicked;
import fi.kanta.words.DidYouMean;
import fi.kanta.segment.Filter.Combine;
import fi.kanta.segment.Filter.Condition;
import fi.kanta.segment.Filter.Group;
import fi.kanta.segment.Filter.InterestedIn;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a filter from YAML: a map with one of {@code all}, {@code any} or {@code none} holding a
 * list whose items are conditions ({@code {field: clv_12m, op: ">=", value: 300}}), purchases by
 * category ({@code {bought: Shoes, within-days: 90}}, {@code not-bought}), the customer's own
 * interests ({@code {interested-in: Shoes}}, {@code not-interested-in}), clicks
 * ({@code {clicked-within-days: 30}}) or nested
 * groups. Every mistake names its line; a field outside the whitelist is refused.
 */
public final class FilterReader {

    static final Set<String> GROUP_KEYS = Set.of("all", "any", "none");
    private static final Set<String> CONDITION_KEYS = Set.of("field", "op", "value");
    private static final Set<String> BOUGHT_KEYS = Set.of("bought", "not-bought", "within-days");
    private static final Set<String> INTEREST_KEYS = Set.of("interested-in", "not-interested-in");
    private static final Set<String> CLICKED_KEYS = Set.of("clicked-within-days");
    private static final int MAX_LIST = 1000;

    private FilterReader() {
    }

    /** A group from a map that may also hold other keys (e.g. {@code description}) listed in {@code alsoAllowed}. */
    public static Filter group(YamlNode node, Set<String> alsoAllowed) {
        Set<String> allowed = new java.util.HashSet<>(GROUP_KEYS);
        allowed.addAll(alsoAllowed);
        Map<String, YamlNode> map = node.map(allowed);
        List<Filter> groups = new ArrayList<>();
        for (Combine combine : Combine.values()) {
            YamlNode parts = map.get(combine.id());
            if (parts != null) {
                // each condition on its own, so that validate names every wrong one (see YamlNode.attempt)
                groups.add(new Group(combine, parts.list().stream().map(part -> part.attempt(() -> part(part), null))
                        .filter(java.util.Objects::nonNull).toList()));
            }
        }
        if (groups.isEmpty()) {
            throw node.mistake("segment.definition.no-group");
        }
        return groups.size() == 1 ? groups.get(0) : new Group(Combine.ALL, groups);
    }

    private static Filter part(YamlNode node) {
        if (!node.isMap()) {
            throw node.mistake("segment.definition.condition");
        }
        // the kind of part is told by its keys; each kind then allows only its own
        Set<String> keys = node.namedEntries().keySet();
        if (keys.contains("field")) {
            return condition(node);
        }
        if (keys.contains("bought") || keys.contains("not-bought")) {
            return bought(node);
        }
        if (keys.contains("interested-in") || keys.contains("not-interested-in")) {
            return interestedIn(node);
        }
        if (keys.contains("clicked-within-days")) {
            return new Clicked(node.map(CLICKED_KEYS).get("clicked-within-days").integer(1, 3660));
        }
        node.map(union());
        return group(node, Set.of());
    }

    private static Set<String> union() {
        Set<String> all = new java.util.HashSet<>(GROUP_KEYS);
        all.addAll(CONDITION_KEYS);
        all.addAll(BOUGHT_KEYS);
        all.addAll(INTEREST_KEYS);
        all.addAll(CLICKED_KEYS);
        return all;
    }

    /** {@code {bought: Shoes, within-days: 90}}, {@code {not-bought: [Shoes, Boots]}}: categories as the shop names them. */
    private static Bought bought(YamlNode node) {
        Map<String, YamlNode> map = node.map(BOUGHT_KEYS);
        if (map.containsKey("bought") && map.containsKey("not-bought")) {
            throw map.get("not-bought").mistake("segment.definition.two-conditions", "bought", "not-bought");
        }
        boolean bought = map.containsKey("bought");
        YamlNode categories = map.get(bought ? "bought" : "not-bought");
        YamlNode days = map.get("within-days");
        return new Bought(bought, categories(categories), days == null ? OptionalInt.empty() : OptionalInt.of(days.integer(1, 36_500)));
    }

    /** {@code {interested-in: Shoes}}, {@code {not-interested-in: [Shoes, Boots]}}: what customers said they care about. */
    private static InterestedIn interestedIn(YamlNode node) {
        Map<String, YamlNode> map = node.map(INTEREST_KEYS);
        if (map.size() > 1) {
            throw map.get("not-interested-in").mistake("segment.definition.two-conditions", "interested-in", "not-interested-in");
        }
        boolean interested = map.containsKey("interested-in");
        return new InterestedIn(interested, categories(map.get(interested ? "interested-in" : "not-interested-in")));
    }

    private static List<String> categories(YamlNode categories) {
        List<String> names = categories.isList() ? categories.list().stream().map(FilterReader::category).toList()
                : List.of(category(categories));
        if (names.isEmpty() || names.size() > MAX_LIST) {
            throw categories.mistake("segment.definition.categories", String.valueOf(MAX_LIST));
        }
        return names;
    }

    private static String category(YamlNode node) {
        if (!node.isScalar()) {
            throw node.mistake("segment.definition.category");
        }
        return node.text();
    }

    private static Condition condition(YamlNode node) {
        Map<String, YamlNode> map = node.map(CONDITION_KEYS);
        YamlNode fieldNode = node.required(map, "field");
        SegmentField field = SegmentField.of(fieldNode.text()).orElseThrow(() -> fieldNode.mistake("segment.definition.field",
                fieldNode.text(), DidYouMean.suffix(fieldNode.text(), SegmentField.ids(), fieldNode.words()),
                String.join(", ", SegmentField.ids())));
        YamlNode opNode = node.required(map, "op");
        Operator operator = Operator.of(opNode.text()).orElse(null);
        if (operator == null || !operator.appliesTo(field.type())) {
            throw opNode.mistake("segment.definition.operator", opNode.text(), field.id(),
                    opNode.words().text("segment.definition.type." + field.type().name().toLowerCase(java.util.Locale.ROOT)),
                    String.join(", ", Operator.ids(field.type())));
        }
        YamlNode value = map.get("value");
        return new Condition(field, operator, values(node, field, operator, value));
    }

    private static List<Object> values(YamlNode condition, SegmentField field, Operator operator, YamlNode value) {
        if (operator.arity() == Operator.Arity.NONE) {
            if (value != null) {
                throw value.mistake("segment.definition.no-value", operator.id());
            }
            return List.of();
        }
        if (value == null) {
            throw condition.mistake("segment.definition.value-missing", operator.id());
        }
        return switch (operator.arity()) {
            case ONE -> List.of(value(value, field.type()));
            case DAYS -> List.of(value.integer(0, 36_500));
            case TWO -> between(value, field.type());
            case LIST -> list(value, field.type());
            case NONE -> List.of();
        };
    }

    private static List<Object> between(YamlNode node, FieldType type) {
        List<YamlNode> items = node.list();
        if (items.size() != 2) {
            throw node.mistake("segment.definition.between");
        }
        Object low = value(items.get(0), type);
        Object high = value(items.get(1), type);
        @SuppressWarnings({"unchecked", "rawtypes"})
        int order = ((Comparable) low).compareTo(high);
        if (order > 0) {
            throw node.mistake("segment.definition.between-order");
        }
        return List.of(low, high);
    }

    private static List<Object> list(YamlNode node, FieldType type) {
        List<YamlNode> items = node.list();
        if (items.isEmpty() || items.size() > MAX_LIST) {
            throw node.mistake("segment.definition.list", String.valueOf(MAX_LIST));
        }
        return items.stream().map(item -> value(item, type)).toList();
    }

    private static Object value(YamlNode node, FieldType type) {
        return switch (type) {
            case TEXT -> node.text();
            case NUMBER -> node.decimal();
            case DATE -> Date.valueOf(node.date());
            case BOOLEAN -> node.bool();
            case BIRTHDAY -> throw node.mistake("segment.definition.birthday");
        };
    }
}
