package fi.kanta.customer.importing;

/**
 * Text from a file made safe to show on a terminal or in a message: control characters (NUL, escape
 * sequences, carriage returns) and the characters that reverse text direction are written as
 * escapes, e.g. {@code \x00}, so a file cannot move the cursor, recolour or rewrite what the user reads.
 */
final class Printable {

    private Printable() {
    }

    static String escape(String text) {
        if (text == null || text.codePoints().noneMatch(Printable::unsafe)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (!unsafe(c)) {
                shown.appendCodePoint(c);
            } else if (c < 0x100) {
                shown.append(String.format("\\x%02X", c));
            } else {
                shown.append(String.format("\\u%04X", c));
            }
        });
        return shown.toString();
    }

    /** A control character (C0, DEL, C1) or a bidirectional embedding, override or isolate. */
    static boolean unsafe(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
