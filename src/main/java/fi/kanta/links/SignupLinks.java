package fi.kanta.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The link of a sign-up's confirmation email: {@code <kanta.web.public-url>/subscribe/<token>}. The
 * token names the sign-up (its id and the random code kept with it, {@link SignupToken}) and is
 * signed by {@link LinkSigner} as a sign-up link, so it opens no other page and no other sign-up:
 * the id alone would do while the signature holds, and the code keeps the link bound to this very
 * sign-up should ids ever be handed out again (a database restored from a backup).
 */
@Component
public class SignupLinks {

    public static final String PATH = "/subscribe/";

    private final LinkSettings settings;
    private final LinkSigner signer;

    public SignupLinks(LinkSettings settings, LinkSecret secret) {
        this.settings = settings;
        this.signer = new LinkSigner(secret);
    }

    /** The confirmation link of the sign-up. */
    public String url(SignupToken signup) {
        return settings.publicUrl() + PATH + signer.sign(LinkSigner.Kind.SIGNUP, signup.payload());
    }

    /** The sign-up a token names, when it is one this installation signed and nobody altered. */
    public Optional<SignupToken> verify(String token) {
        return signer.verify(LinkSigner.Kind.SIGNUP, token).flatMap(SignupToken::read);
    }

    /**
     * What a sign-up link names: the sign-up ({@code signup.id}) and its random code ({@code signup.code}).
     */
    public record SignupToken(long signupId, String code) {

        public SignupToken {
            if (signupId < 0) {
                throw new IllegalArgumentException("sign-up id must not be negative, got " + signupId);
            }
            if (code == null || !code.matches("[0-9a-f]{1,32}")) {
                throw new IllegalArgumentException("a sign-up code is 1 to 32 lower-case hex digits");
            }
        }

        byte[] payload() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(24);
            TokenFields.writeVarint(out, signupId);
            TokenFields.writeText(out, code);
            return out.toByteArray();
        }

        static Optional<SignupToken> read(byte[] payload) {
            ByteBuffer in = ByteBuffer.wrap(payload);
            try {
                SignupToken token = new SignupToken(TokenFields.readVarint(in), TokenFields.readText(in));
                return in.hasRemaining() ? Optional.empty() : Optional.of(token);
            } catch (RuntimeException | CharacterCodingException e) {
                return Optional.empty();
            }
        }
    }
}
