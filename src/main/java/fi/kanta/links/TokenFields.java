package fi.kanta.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The field encodings of link payloads: numbers as varints (a customer id takes two or three
 * bytes, not eight) and text as one length byte and UTF-8, so a token stays short enough to type
 * from a printed letter. Readers throw on malformed input; token readers turn that into "not genuine".
 */
final class TokenFields {

    static final int MAX_TEXT_BYTES = 255;

    private TokenFields() {
    }

    /**
     * What every personal link names: whose it is and the campaign run that sent it.
     *
     * @throws IllegalArgumentException for a negative id (HSQLDB's identity starts at 0, so 0 is one)
     *         or a campaign or run key over {@value #MAX_TEXT_BYTES} bytes
     */
    static void requireRecipient(long customerId, String campaign, String runKey) {
        if (customerId < 0) {
            throw new IllegalArgumentException("customer id must not be negative, got " + customerId);
        }
        requireShort("campaign", campaign);
        requireShort("run key", runKey);
    }

    /** @throws IllegalArgumentException when the text does not fit one length byte */
    private static void requireShort(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_TEXT_BYTES + " bytes");
        }
    }

    static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            int b = in.get() & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    static void writeText(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    static String readText(ByteBuffer in) throws CharacterCodingException {
        int length = in.get() & 0xFF;
        ByteBuffer text = in.slice(in.position(), length);
        in.position(in.position() + length);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(text).toString();
    }

    /** Text longer than one length byte allows (an address): a varint length, then UTF-8. */
    static void writeLongText(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
    }

    static String readLongText(ByteBuffer in) throws CharacterCodingException {
        long length = readVarint(in);
        if (length > in.remaining()) {
            throw new IllegalArgumentException("text longer than the payload");
        }
        ByteBuffer text = in.slice(in.position(), (int) length);
        in.position(in.position() + (int) length);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(text).toString();
    }
}
