package fi.kanta.customer;

import java.util.Locale;

/**
 * A person by name and postal address, as the direct-marketing opt-out register (the Robinson
 * list) names people: the household key ({@link PostalAddress#key}), the first word of the first
 * name and the whole last name, in lower case. The register writes every first name ("Aino
 * Maria") where a shop has the one in use ("Aino"), so only the first counts. The same key is
 * computed here for a register row and in SQL ({@link #SQL}) for a customer row, so the two must
 * stay alike: trimmed of spaces, lower-cased, nothing else changed.
 */
public final class PersonKey {

    /** The key of customer {@code c}; null when the address is incomplete or the last name missing. */
    public static final String SQL = "c.address_key || '#' || " + firstWord("COALESCE(LOWER(TRIM(c.first_name)), '')")
            + " || '|' || LOWER(TRIM(c.last_name))";

    private PersonKey() {
    }

    /** The key of a person on the register; null when the address is incomplete or the last name missing. */
    public static String of(String firstName, String lastName, String street, String postalCode, String country) {
        String address = PostalAddress.key(street, postalCode, country);
        if (address == null || lastName == null) {
            return null;
        }
        String first = firstName == null ? "" : trimSpaces(firstName).toLowerCase(Locale.ROOT);
        int space = first.indexOf(' ');
        return address + "#" + (space < 0 ? first : first.substring(0, space)) + "|" + trimSpaces(lastName).toLowerCase(Locale.ROOT);
    }

    /** SQL's TRIM: spaces only, at both ends. */
    private static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private static String firstWord(String text) {
        return "SUBSTRING(" + text + " FROM 1 FOR POSITION(' ' IN " + text + " || ' ') - 1)";
    }
}
