package fi.kanta.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable encoding of text (RFC 2045 6.7) straight into a byte array. Jakarta Mail's
 * encoder writes one byte at a time through a synchronised stream, which dominated composing.
 * Line breaks (CRLF, LF or CR) become CRLF; lines are kept to 76 characters with soft breaks.
 */
final class QuotedPrintable {

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte LITERAL = 0;
    private static final byte ESCAPED = 1;
    private static final byte BREAK = 2;
    private static final byte BLANK = 3;
    private static final byte[] KIND = new byte[256];
    /**
     * Room for the worst case, one per composing thread and used again: a fresh array of three times the
     * text for every part was most of what composing allocated (bench/README.md, "Where sending with picks
     * went at full size").
     */
    private static final ThreadLocal<byte[]> ROOM = new ThreadLocal<>();
    /** Room grown beyond this (a very long email) is not kept for the thread's next one. */
    private static final int KEPT = 1024 * 1024;

    static {
        Arrays.fill(KIND, ESCAPED);
        for (int b = 33; b <= 126; b++) {
            KIND[b] = LITERAL;
        }
        KIND['='] = ESCAPED;
        KIND['\r'] = BREAK;
        KIND['\n'] = BREAK;
        KIND[' '] = BLANK;
        KIND['\t'] = BLANK;
    }

    private QuotedPrintable() {
    }

    static byte[] encode(byte[] text) {
        // worst case: every byte escaped (3n), plus a 3-byte soft break per 72 or more of those
        int worst = text.length * 3 + text.length / 8 + 8;
        byte[] out = ROOM.get();
        if (out == null || out.length < worst) {
            out = new byte[worst];
            if (worst <= KEPT) {
                ROOM.set(out);
            }
        }
        int length = 0;
        int column = 0;
        for (int i = 0; i < text.length; i++) {
            int b = text[i] & 0xff;
            byte kind = KIND[b];
            if (kind == BREAK) {
                if (b == '\r' && i + 1 < text.length && text[i + 1] == '\n') {
                    i++;
                }
                out[length++] = '\r';
                out[length++] = '\n';
                column = 0;
                continue;
            }
            if (kind == BLANK && (i + 1 == text.length || KIND[text[i + 1] & 0xff] == BREAK)) {
                kind = ESCAPED; // a blank at a line's end would be removed on the way
            }
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
        return Arrays.copyOf(out, length);
    }
}
