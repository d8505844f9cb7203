package fi.kanta.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The address block as the destination's post wants it: name, street, then the postal code and
 * city in the destination country's order, and the country in English capitals only when the
 * letter goes abroad (from the sender's country). Given to the templates as
 * {@code recipientAddress} (a list of lines); the sender's return line as {@code returnAddress},
 * which names the sender's country too when the letter goes abroad, so that it can come back.
 */
final class RecipientAddress {

    /** The post town in capitals, the postcode on a line of its own (Royal Mail, An Post). */
    private static final Set<String> POSTCODE_LAST_LINE = Set.of("GB", "IE");
    /** The city before the postcode on one line (the UPU's formats for these countries). */
    private static final Set<String> CITY_FIRST = Set.of("US", "CA", "AU");

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
        String country = country(customer);
        String postalCode = text(customer, "postalCode");
        String city = text(customer, "city");
        if (POSTCODE_LAST_LINE.contains(country)) {
            add(lines, city.toUpperCase(Locale.ENGLISH));
            add(lines, postalCode.toUpperCase(Locale.ENGLISH));
        } else if (CITY_FIRST.contains(country)) {
            add(lines, (city.toUpperCase(Locale.ENGLISH) + " " + postalCode).strip());
        } else {
            add(lines, (postalCode + " " + city).strip());
        }
        if (abroad(customer, sender)) {
            add(lines, countryName(country));
        }
        return lines;
    }

    /** The sender's return line above the address: name, street, postal code and city, and the country when abroad. */
    static String returnLine(Map<?, ?> customer, Map<?, ?> sender) {
        if (sender == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        add(parts, text(sender, "name"));
        add(parts, text(sender, "street"));
        add(parts, (text(sender, "postalCode") + " " + text(sender, "city")).strip());
        if (customer != null && abroad(customer, sender)) {
            add(parts, countryName(country(sender)));
        }
        return String.join(", ", parts);
    }

    private static boolean abroad(Map<?, ?> customer, Map<?, ?> sender) {
        String country = country(customer);
        return !country.isEmpty() && !country.equals(sender == null ? "" : country(sender));
    }

    private static String country(Map<?, ?> map) {
        return text(map, "country").toUpperCase(Locale.ROOT);
    }

    private static String countryName(String code) {
        return code.isEmpty() ? "" : new Locale("", code).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ENGLISH);
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
