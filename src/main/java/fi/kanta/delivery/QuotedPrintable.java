package fi.kanta.delivery;

import java.util.Arrays;

/**
 * Quoted-printable encoding of text as UTF-8 (RFC 2045 6.7) straight into a byte array. Jakarta Mail's
 * encoder writes one byte at a time through a synchronised stream, which dominated composing.
 * Line breaks (CRLF, LF or CR) become CRLF; lines are kept to 76 characters with soft breaks.
 */
final class QuotedPrintable {

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
    private static final byte LITERAL = 0;
    private static final byte ESCAPED = 1;
    private static final byte BREAK = 2;
    private static final byte BLANK = 3;
    /** What each ASCII character becomes; each UTF-8 byte of every other character is escaped. */
    private static final byte[] KIND = new byte[128];
    /**
     * Room for the worst case, one per composing thread and used again: a fresh array of several times
     * the text for every part was most of what composing allocated (bench/README.md, "Where sending with
     * picks went at full size").
     */
    private static final ThreadLocal<byte[]> ROOM = new ThreadLocal<>();
    /** Room grown beyond this (a very long email) is not kept for the thread's next one. */
    private static final int KEPT = 1024 * 1024;

    static {
        Arrays.fill(KIND, ESCAPED);
        for (int c = 33; c <= 126; c++) {
            KIND[c] = LITERAL;
        }
        KIND['='] = ESCAPED;
        KIND['\r'] = BREAK;
        KIND['\n'] = BREAK;
        KIND[' '] = BLANK;
        KIND['\t'] = BLANK;
    }

    private QuotedPrintable() {
    }

    /**
     * The text's UTF-8 bytes, quoted-printable, encoded from its characters in one pass: by way of
     * {@code getBytes(UTF_8)} an email with a "€" in it (a price in a picks block) took the JDK's slowest
     * way to UTF-8, as a String of 16-bit characters (bench/README.md). A lone surrogate becomes '?', as
     * {@code getBytes} makes it. One loop with its state in locals: the loop is most of composing an email.
     */
    static byte[] encode(String text) {
        int n = text.length();
        // worst case: three UTF-8 bytes a character, each escaped (9n), plus a 3-byte soft break per 72 or more
        int worst = n * 10 + 8;
        byte[] out = ROOM.get();
        if (out == null || out.length < worst) {
            out = new byte[worst];
            if (worst <= KEPT) {
                ROOM.set(out);
            }
        }
        byte[] utf8 = new byte[4];
        int length = 0;
        int column = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            byte kind = c < 128 ? KIND[c] : ESCAPED;
            if (kind == LITERAL) { // most of an email: a run of them at once, up to the line's end
                if (column == MAX_LINE - 1) {
                    out[length++] = '=';
                    out[length++] = '\r';
                    out[length++] = '\n';
                    column = 0;
                }
                int end = Math.min(n, i + MAX_LINE - 1 - column);
                int from = i;
                out[length++] = (byte) c;
                while (++i < end) {
                    char d = text.charAt(i);
                    if (d >= 128 || KIND[d] != LITERAL) {
                        break;
                    }
                    out[length++] = (byte) d;
                }
                column += i - from;
                i--;
                continue;
            }
            if (kind == BREAK) {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out[length++] = '\r';
                out[length++] = '\n';
                column = 0;
                continue;
            }
            if (kind == BLANK && (i + 1 == n || text.charAt(i + 1) == '\r' || text.charAt(i + 1) == '\n')) {
                kind = ESCAPED; // a blank at a line's end would be removed on the way
            }
            int bytes = 1;
            utf8[0] = (byte) c;
            if (c >= 128) {
                bytes = utf8(text, i, utf8);
                if (bytes == 0) { // a lone surrogate
                    utf8[0] = '?';
                    bytes = 1;
                    kind = LITERAL;
                } else if (bytes == 4) {
                    i++; // the pair's second half
                }
            }
            for (int k = 0; k < bytes; k++) {
                int b = utf8[k] & 0xff;
                int width = kind == ESCAPED ? 3 : 1;
                if (column + width > MAX_LINE - 1) { // a soft break; the '=' takes the last column
                    out[length++] = '=';
                    out[length++] = '\r';
                    out[length++] = '\n';
                    column = 0;
                }
                if (kind == ESCAPED) {
                    out[length++] = '=';
                    out[length++] = HEX[b >> 4];
                    out[length++] = HEX[b & 0xf];
                } else {
                    out[length++] = (byte) b;
                }
                column += width;
            }
        }
        return Arrays.copyOf(out, length);
    }

    /** The UTF-8 bytes of the character beyond ASCII at {@code i} (with the next, a surrogate pair) and their count; 0 for a lone surrogate. */
    private static int utf8(String text, int i, byte[] utf8) {
        char c = text.charAt(i);
        if (c < 0x800) {
            utf8[0] = (byte) (0xc0 | c >> 6);
            utf8[1] = (byte) (0x80 | c & 0x3f);
            return 2;
        }
        if (!Character.isSurrogate(c)) {
            utf8[0] = (byte) (0xe0 | c >> 12);
            utf8[1] = (byte) (0x80 | c >> 6 & 0x3f);
            utf8[2] = (byte) (0x80 | c & 0x3f);
            return 3;
        }
        if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
            return 0;
        }
        int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        utf8[0] = (byte) (0xf0 | codePoint >> 18);
        utf8[1] = (byte) (0x80 | codePoint >> 12 & 0x3f);
        utf8[2] = (byte) (0x80 | codePoint >> 6 & 0x3f);
        utf8[3] = (byte) (0x80 | codePoint & 0x3f);
        return 4;
    }
}
