package fi.kanta.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a counted link says (docs/architecture.md "Clicks"): the outbox row of the message it was in
 * (run and customer), which link of the message it is (its name, the {@code utm_content} of
 * {@code #shop.link}), the day it was made, and where it leads. The address travels in the signed
 * token, so nothing per message has to be stored to follow it, and nobody can change it.
 *
 * @param link the link's name in its message, 1 to {@value #MAX_LINK_BYTES} bytes
 * @param target the address the link leads to, at most {@value #MAX_TARGET_BYTES} bytes
 */
public record ClickToken(long runId, long customerId, String link, LocalDate issued, String target) {

    public static final int MAX_LINK_BYTES = 40;
    /** Keeps a token under the signer's 1,024 characters with room for the other fields. */
    public static final int MAX_TARGET_BYTES = 640;

    public ClickToken {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(target, "target");
        if (runId < 0 || customerId < 0) {
            throw new IllegalArgumentException("run and customer ids are not negative");
        }
        int linkBytes = link.getBytes(StandardCharsets.UTF_8).length;
        if (linkBytes == 0 || linkBytes > MAX_LINK_BYTES) {
            throw new IllegalArgumentException("a link's name is 1 to " + MAX_LINK_BYTES + " bytes");
        }
        if (target.getBytes(StandardCharsets.UTF_8).length > MAX_TARGET_BYTES) {
            throw new IllegalArgumentException("the address is longer than " + MAX_TARGET_BYTES + " bytes");
        }
    }

    /** Whether {@code target} fits in a token (a longer address stays a plain link). */
    public static boolean fits(String target) {
        return target.getBytes(StandardCharsets.UTF_8).length <= MAX_TARGET_BYTES;
    }

    /** run id, customer id, issued day, link name, target ({@link TokenFields}). */
    byte[] payload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + target.length());
        TokenFields.writeVarint(out, runId);
        TokenFields.writeVarint(out, customerId);
        TokenFields.writeVarint(out, issued.toEpochDay());
        TokenFields.writeText(out, link);
        TokenFields.writeLongText(out, target);
        return out.toByteArray();
    }

    /** The token a payload describes, or empty when it is not exactly one well-formed payload. */
    static Optional<ClickToken> read(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        try {
            long runId = TokenFields.readVarint(in);
            long customerId = TokenFields.readVarint(in);
            long issuedDay = TokenFields.readVarint(in);
            String link = TokenFields.readText(in);
            String target = TokenFields.readLongText(in);
            if (in.hasRemaining() || issuedDay > LocalDate.MAX.toEpochDay()) {
                return Optional.empty();
            }
            return Optional.of(new ClickToken(runId, customerId, link, LocalDate.ofEpochDay(issuedDay), target));
        } catch (RuntimeException | CharacterCodingException e) {
            // a short buffer, an overlong varint, invalid UTF-8 or a value the constructor refuses
            return Optional.empty();
        }
    }
}
