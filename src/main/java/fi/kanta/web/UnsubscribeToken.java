package fi.kanta.web;

import fi.kanta.customer.ContactRules.ConsentChannel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an unsubscribe link says: whose it is, the consent channel the message came in (withdrawn
 * by the link), the campaign run that sent it and the day it was issued. The link carries it as a
 * compact binary payload, signed by {@link UnsubscribeLinks}.
 */
public record UnsubscribeToken(long customerId, ConsentChannel channel, String campaign, String runKey, LocalDate issued) {

    private static final int VERSION = 1;
    private static final int MAX_TEXT_BYTES = 255;
    // a channel is written as its index here: the order is part of the link format, never reorder it
    private static final List<ConsentChannel> CHANNEL_CODES = List.of(ConsentChannel.EMAIL, ConsentChannel.NEWSLETTER,
            ConsentChannel.LETTER);

    public UnsubscribeToken {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(issued, "issued");
        if (customerId < 0) { // HSQLDB's identity starts at 0
            throw new IllegalArgumentException("customer id must not be negative, got " + customerId);
        }
        requireShort("campaign", campaign);
        requireShort("run key", runKey);
    }

    /** version, customer id, channel, issued day, campaign, run key: varints and length-prefixed UTF-8. */
    byte[] payload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        out.write(VERSION);
        writeVarint(out, customerId);
        out.write(CHANNEL_CODES.indexOf(channel));
        writeVarint(out, issued.toEpochDay());
        writeText(out, campaign);
        writeText(out, runKey);
        return out.toByteArray();
    }

    /** The token a payload describes, or empty when it is not exactly one well-formed payload. */
    static Optional<UnsubscribeToken> read(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        try {
            if (in.get() != VERSION) {
                return Optional.empty();
            }
            long customerId = readVarint(in);
            int channel = in.get();
            long issuedDay = readVarint(in);
            String campaign = readText(in);
            String runKey = readText(in);
            if (in.hasRemaining() || channel < 0 || channel >= CHANNEL_CODES.size() || issuedDay > LocalDate.MAX.toEpochDay()) {
                return Optional.empty();
            }
            return Optional.of(new UnsubscribeToken(customerId, CHANNEL_CODES.get(channel), campaign, runKey,
                    LocalDate.ofEpochDay(issuedDay)));
        } catch (RuntimeException | CharacterCodingException e) {
            // a short buffer, an overlong varint, invalid UTF-8 or a value the constructor refuses
            return Optional.empty();
        }
    }

    private static void requireShort(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_TEXT_BYTES + " bytes");
        }
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long readVarint(ByteBuffer in) {
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

    private static void writeText(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    private static String readText(ByteBuffer in) throws CharacterCodingException {
        int length = in.get() & 0xFF;
        ByteBuffer text = in.slice(in.position(), length);
        in.position(in.position() + length);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(text).toString();
    }
}
