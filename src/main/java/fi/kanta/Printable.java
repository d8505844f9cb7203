package fi.kanta;

/**
 * Text from outside (a request, a file, a server's reply) made safe to print on one line of a log
 * or a terminal: control characters (CR and LF above all, which would start a line of the
 * writer's choosing; ESC, which drives the terminal), line and paragraph separators and the bidi
 * controls that reorder what is shown become visible escapes ({@code \r}, {@code \n},
 * {@code \u001b}); everything else, tabs and all other Unicode, stays as it is.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with its control characters escaped; {@code null} stays {@code null}. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                escaped.append(c);
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\n') {
                escaped.append("\\n");
            } else {
                escaped.append(String.format("\\u%04x", (int) c));
            }
        }
        return escaped.toString();
    }

    private static boolean needsEscape(char c) {
        if (c == '\t') {
            return false;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        return c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }
}
