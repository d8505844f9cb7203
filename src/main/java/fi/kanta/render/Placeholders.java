package fi.kanta.render;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a message's named placeholders, {@code Hei {firstName},}, from the recipient's message model:
 * {@code {variable.key}} as in templates/README.md ({@code {customer.firstName}}, {@code {sender.name}}),
 * or the key alone where only one variable has it ({@code {firstName}}, {@code {discount}}). Values are
 * put in once, as text: a first name that reads {@code {offer.code}} or {@code ${T(...)}} is printed as
 * it is, never looked up or evaluated, and the template's {@code th:text} escapes the whole message.
 */
final class Placeholders {

    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)?");
    private static final Pattern NUMBERED = Pattern.compile("\\s*\\d+\\s*(?:,.*)?");

    /** Each key of the model's variables, and the variables that have it. */
    private static final Map<String, List<String>> VARIABLES_BY_KEY = variablesByKey();

    private Placeholders() {
    }

    /** Whether {@code message} uses named placeholders (else it may be an older {@code {0}} pattern). */
    static boolean named(String message) {
        Matcher braces = BRACES.matcher(message);
        while (braces.find()) {
            if (NAME.matcher(braces.group(1).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code message} with each placeholder replaced by its value: a date in the language's
     * {@code date.format}, a number as the language writes it, nothing for a null value. An unknown
     * name, an ambiguous one or a numbered {@code {0}} is a {@link Mistake} naming the placeholder.
     */
    static String fill(String message, Function<String, Object> variables, Locale language, String dateFormat) {
        if (message.indexOf('{') < 0) {
            return message; // nothing to fill: most texts of an email, each rendered for every recipient
        }
        Matcher braces = BRACES.matcher(message);
        StringBuilder filled = new StringBuilder();
        while (braces.find()) {
            String name = braces.group(1).strip();
            String value;
            if (NAME.matcher(name).matches()) {
                value = text(value(name, variables), language, dateFormat);
            } else if (NUMBERED.matcher(name).matches()) {
                throw new Mistake(new Reason("template.placeholder.numbered", "{" + name + "}"));
            } else {
                value = braces.group(); // not a placeholder: braces as the marketer wrote them
            }
            braces.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        braces.appendTail(filled);
        return filled.toString();
    }

    private static Object value(String name, Function<String, Object> variables) {
        int dot = name.indexOf('.');
        String key = dot < 0 ? name : name.substring(dot + 1);
        List<String> owners = VARIABLES_BY_KEY.getOrDefault(key, List.of());
        String variable = dot < 0 ? (owners.size() == 1 ? owners.get(0) : null) : name.substring(0, dot);
        if (dot < 0 && owners.size() > 1) {
            throw new Mistake(new Reason("template.placeholder.ambiguous", "{" + name + "}",
                    owners.stream().map(owner -> "{" + owner + "." + name + "}").toList()));
        }
        if (variable == null || !owners.contains(variable)) {
            throw new Mistake(suggestion(key).map(known -> new Reason("template.placeholder.unknown.did-you-mean", "{" + name + "}", known))
                    .orElseGet(() -> new Reason("template.placeholder.unknown", "{" + name + "}")));
        }
        return variables.apply(variable) instanceof Map<?, ?> map ? map.get(key) : null;
    }

    /** The placeholder a mistyped key was likely meant to be, such as {@code {firstName}} for {@code firstNme}. */
    private static Optional<String> suggestion(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return VARIABLES_BY_KEY.keySet().stream()
                .filter(known -> distance(known.toLowerCase(Locale.ROOT), lower) <= 2)
                .findFirst().map(known -> "{" + (VARIABLES_BY_KEY.get(known).size() == 1 ? known
                        : VARIABLES_BY_KEY.get(known).get(0) + "." + known) + "}");
    }

    private static String text(Object value, Locale language, String dateFormat) {
        if (value == null) {
            return "";
        }
        if (value instanceof TemporalAccessor date) {
            return DateTimeFormatter.ofPattern(dateFormat, language).format(date);
        }
        if (value instanceof Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(language);
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        return value.toString();
    }

    private static Map<String, List<String>> variablesByKey() {
        Map<String, List<String>> byKey = new TreeMap<>();
        ProbeModels.forLanguage(Locale.ENGLISH).get(0).forEach((variable, keys) -> {
            if (keys instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> byKey.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(variable));
            }
        });
        return new LinkedHashMap<>(byKey);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    /** A placeholder that cannot be filled; the caller names the message and file. */
    static final class Mistake extends RuntimeException {
        private final transient Reason reason;

        Mistake(Reason reason) {
            super(reason.toString());
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }
}
