package fi.kanta.delivery;

import java.util.Arrays;

/**
 * Quoted-printable encoding of text (RFC 2045 6.7) straight into a byte array. Jakarta Mail's
 * encoder writes one byte at a time through a synchronised stream, which dominated composing.
 * Line breaks (CRLF, LF or CR) become CRLF; lines are kept to 76 characters with soft breaks.
 */
final class QuotedPrintable {

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] out;
    private int length;
    private int column;

    private QuotedPrintable(int capacity) {
        out = new byte[capacity];
    }

    static byte[] encode(byte[] text) {
        QuotedPrintable qp = new QuotedPrintable(text.length + text.length / 10 + 16);
        for (int i = 0; i < text.length; i++) {
            int b = text[i] & 0xff;
            if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < text.length && text[i + 1] == '\n') {
                    i++;
                }
                qp.hardBreak();
            } else if ((b == ' ' || b == '\t') && (i + 1 == text.length || text[i + 1] == '\r' || text[i + 1] == '\n')) {
                qp.escaped(b); // a space at a line's end would be removed on the way
            } else if ((b >= 33 && b <= 126 && b != '=') || b == ' ' || b == '\t') {
                qp.literal(b);
            } else {
                qp.escaped(b);
            }
        }
        return Arrays.copyOf(qp.out, qp.length);
    }

    private void literal(int b) {
        room(1);
        put(b);
        column++;
    }

    private void escaped(int b) {
        room(3);
        put('=');
        put(HEX[b >> 4]);
        put(HEX[b & 0xf]);
        column += 3;
    }

    /** A soft line break first when the next characters would not fit (the '=' needs one column). */
    private void room(int characters) {
        if (column + characters > MAX_LINE - 1) {
            put('=');
            put('\r');
            put('\n');
            column = 0;
        }
    }

    private void hardBreak() {
        put('\r');
        put('\n');
        column = 0;
    }

    private void put(int b) {
        if (length == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[length++] = (byte) b;
    }
}
