package fi.kanta.links;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies the tokens of every personal link (unsubscribe, feedback, sign-up confirmation, preferences, a counted click). A token is the
 * URL-safe base64 of one byte naming the link's {@link Kind}, the payload, and an HMAC-SHA256 tag
 * over both, truncated to 128 bits as RFC 4868 does, to keep links short enough for a printed
 * letter. The kind byte is signed with the rest, so a token made for one kind of link never opens
 * another's page. Tags are compared in constant time.
 */
final class LinkSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_BYTES = 16;
    private static final int MAX_TOKEN_CHARS = 1024;

    /**
     * What a link does. The code is the token's first byte: part of the link format, never change
     * one (unsubscribe's 1 was its payload's version before there were other kinds, so links
     * already sent keep working).
     */
    enum Kind {
        UNSUBSCRIBE(1), FEEDBACK(2), SIGNUP(3), PREFERENCES(4), CONFIRMED(5), CLICK(6);

        private final byte code;

        Kind(int code) {
            this.code = (byte) code;
        }
    }

    private final LinkSecret secret;

    LinkSigner(LinkSecret secret) {
        this.secret = secret;
    }

    String sign(Kind kind, byte[] payload) {
        byte[] signed = new byte[1 + payload.length + TAG_BYTES];
        signed[0] = kind.code;
        System.arraycopy(payload, 0, signed, 1, payload.length);
        System.arraycopy(tag(signed, 1 + payload.length), 0, signed, 1 + payload.length, TAG_BYTES);
        return encode(signed);
    }

    /** The payload of a token this installation signed for {@code kind} and nobody altered. */
    Optional<byte[]> verify(Kind kind, String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // one spelling per token: padding or stray low bits would be a second string for the same link
        if (bytes.length <= 1 + TAG_BYTES || !encode(bytes).equals(token)) {
            return Optional.empty();
        }
        int signedLength = bytes.length - TAG_BYTES;
        byte[] tag = Arrays.copyOfRange(bytes, signedLength, bytes.length);
        if (!MessageDigest.isEqual(tag, tag(bytes, signedLength)) || bytes[0] != kind.code) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(bytes, 1, signedLength));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private byte[] tag(byte[] bytes, int length) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            mac.update(bytes, 0, length);
            return Arrays.copyOf(mac.doFinal(), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
