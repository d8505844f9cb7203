package fi.kanta.web;

import fi.kanta.customer.ContactRules.ConsentChannel;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Personal unsubscribe links: {@code <kanta.web.public-url>/unsubscribe/<token>}, where the token
 * is the URL-safe base64 of an {@link UnsubscribeToken} payload followed by its HMAC-SHA256 tag
 * (truncated to 128 bits, as RFC 4868 does, to keep links short enough for a printed letter).
 * A token whose tag does not match is refused; tags are compared in constant time.
 */
@Component
public class UnsubscribeLinks {

    static final String PATH = "/unsubscribe/";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_BYTES = 16;
    private static final int MAX_TOKEN_CHARS = 1024;

    private final WebSettings settings;
    private final LinkSecret secret;
    private final Clock clock;

    @Autowired
    UnsubscribeLinks(WebSettings settings, LinkSecret secret) {
        this(settings, secret, Clock.systemDefaultZone());
    }

    UnsubscribeLinks(WebSettings settings, LinkSecret secret, Clock clock) {
        this.settings = settings;
        this.secret = secret;
        this.clock = clock;
    }

    /**
     * The link that withdraws {@code consentChannel} (email, newsletter or letter) for the customer
     * ({@code customer.id}), naming the campaign run that sends it.
     *
     * @throws IllegalArgumentException for an unknown channel or a campaign or run key over 255 bytes
     */
    public String url(long customerId, String consentChannel, String campaign, String runKey) {
        return settings.publicUrl() + PATH + token(new UnsubscribeToken(customerId, ConsentChannel.of(consentChannel), campaign,
                runKey, LocalDate.now(clock)));
    }

    /** What a token says, when it is one this installation signed and nobody altered. */
    public Optional<UnsubscribeToken> verify(String token) {
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
        if (bytes.length <= TAG_BYTES || !encode(bytes).equals(token)) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOfRange(bytes, 0, bytes.length - TAG_BYTES);
        byte[] tag = Arrays.copyOfRange(bytes, bytes.length - TAG_BYTES, bytes.length);
        if (!MessageDigest.isEqual(tag, tag(payload))) {
            return Optional.empty();
        }
        return UnsubscribeToken.read(payload);
    }

    String token(UnsubscribeToken token) {
        byte[] payload = token.payload();
        byte[] signed = Arrays.copyOf(payload, payload.length + TAG_BYTES);
        System.arraycopy(tag(payload), 0, signed, payload.length, TAG_BYTES);
        return encode(signed);
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
