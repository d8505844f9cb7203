package fi.kanta.delivery;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every header value passes before it reaches Jakarta Mail, whose {@code setHeader} and
 * {@code addHeader} write CR and LF through unchanged: a line break in a customer's name or a subject
 * would otherwise start a header (or a body) of the sender's choosing.
 */
final class HeaderText {

    /** Header names the composer writes itself; an extra header may not replace or add to them. */
    private static final Set<String> RESERVED = Set.of("from", "to", "cc", "bcc", "subject", "date", "message-id",
            "mime-version", "list-unsubscribe", "list-unsubscribe-post", "dkim-signature", "sender", "reply-to",
            "return-path", "received", "references", "in-reply-to");

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,75}");

    private HeaderText() {
    }

    /**
     * {@code value}, refused if null, longer than {@code maxLength}, holding a control character, or
     * holding {@code =?}: mail programs decode RFC 2047 words even inside quoted names, so such text
     * would show as something else than was written.
     */
    static String singleLine(String what, String value, int maxLength) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException(String.format("%s holds control character U+%04X at %d: %s",
                        what, (int) c, i, printable(value)));
            }
        }
        if (value.contains("=?")) {
            throw new IllegalArgumentException(what + " holds \"=?\", which mail programs would decode as an"
                    + " encoded word: " + printable(value));
        }
        return value;
    }

    /** An extra header's name: letters, digits and dashes, and none the composer writes itself. */
    static String extraHeaderName(String name) {
        if (name == null || !FIELD_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("header name must be letters, digits and dashes: "
                    + (name == null ? null : printable(name)));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower) || lower.startsWith("content-") || lower.startsWith("resent-")) {
            throw new IllegalArgumentException("header " + name + " is written by Kanta and cannot be set");
        }
        return name;
    }

    /** The value with control characters shown as \\uXXXX, for error messages. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), 120));
        for (int i = 0; i < value.length() && out.length() < 120; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
