package fi.kanta.links;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Counted links: {@code <kanta.web.public-url>/c/<token>}, the token a {@link ClickToken} signed as
 * link kind 6. Made only when the shop counts clicks ({@code kanta.clicks.enabled}); {@code kanta serve}
 * answers them with a redirect to the token's address (fi.kanta.clicks.Clicks).
 */
@Component
public class ClickLinks {

    public static final String PATH = "/c/";

    private final LinkSettings settings;
    private final LinkSigner signer;

    public ClickLinks(LinkSettings settings, LinkSecret secret) {
        this.settings = settings;
        this.signer = new LinkSigner(secret);
    }

    public String url(ClickToken click) {
        return settings.publicUrl() + PATH + signer.sign(LinkSigner.Kind.CLICK, click.payload());
    }

    /** What a token says, when it is one this installation signed and nobody altered. */
    public Optional<ClickToken> verify(String token) {
        return signer.verify(LinkSigner.Kind.CLICK, token).flatMap(ClickToken::read);
    }
}
