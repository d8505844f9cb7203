package fi.kanta.customer;

import java.text.Normalizer;
import java.util.Locale;

/** Postal addresses: the household key that keeps a household to one letter. */
public final class PostalAddress {

    private PostalAddress() {
    }

    /**
     * Street, postal code and country reduced to lower-case letters and digits, so that
     * "Mannerheimintie 5 A 3" and "MANNERHEIMINTIE 5A, 3" are one household; null when the
     * address is incomplete.
     */
    public static String key(String street, String postalCode, String country) {
        if (street == null || postalCode == null || country == null) {
            return null;
        }
        return squeeze(street) + "|" + squeeze(postalCode) + "|" + country.toLowerCase(Locale.ROOT);
    }

    private static String squeeze(String text) {
        StringBuilder key = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
