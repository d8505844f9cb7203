package fi.kanta.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The address block as the post wants it: name, street, postal code and city, and the country in
 * English capitals only when the letter goes abroad (from the sender's country). Given to the
 * templates as {@code recipientAddress} (a list of lines).
 */
final class RecipientAddress {

    private RecipientAddress() {
    }

    static List<String> lines(Map<?, ?> customer, Map<?, ?> sender) {
        List<String> lines = new ArrayList<>();
        if (customer == null) {
            return lines;
        }
        String name = text(customer, "fullName");
        add(lines, name.isEmpty() ? (text(customer, "firstName") + " " + text(customer, "lastName")).strip() : name);
        add(lines, text(customer, "street"));
        add(lines, (text(customer, "postalCode") + " " + text(customer, "city")).strip());
        String country = text(customer, "country").toUpperCase(Locale.ROOT);
        String home = sender == null ? "" : text(sender, "country").toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !country.equals(home)) {
            add(lines, new Locale("", country).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ENGLISH));
        }
        return lines;
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.containsKey(key) ? map.get(key) : null;
        return value == null ? "" : value.toString().strip();
    }

    private static void add(List<String> lines, String line) {
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }
}
