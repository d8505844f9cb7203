package fi.kanta.customer.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A column an import understands: its canonical name and the other header names it is known by
 * (English, Finnish, Swedish, common shop-system exports). Headers match case-insensitively and
 * ignoring spaces, dashes and underscores, so "E-mail", "email" and "E_MAIL" are the same column.
 */
public record Column(String name, boolean required, List<String> aliases) {

    public static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    public static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }

    /** True when a header cell names this column. */
    public boolean matches(String header) {
        String key = key(header);
        return Stream.concat(Stream.of(name), aliases.stream()).anyMatch(alias -> key(alias).equals(key));
    }

    /** Every header name this column accepts, canonical first: for error messages and docs. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    static String key(String header) {
        String text = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFC);
        StringBuilder key = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
