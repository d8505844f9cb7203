package fi.kanta.links;

import fi.kanta.customer.ContactRules.ConsentChannel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Personal unsubscribe links: {@code <kanta.web.public-url>/unsubscribe/<token>}, where the token
 * is an {@link UnsubscribeToken} signed by {@link LinkSigner}. A token whose tag does not match is refused.
 */
@Component
public class UnsubscribeLinks {

    public static final String PATH = "/unsubscribe/";

    private final LinkSettings settings;
    private final LinkSigner signer;
    private final Clock clock;

    @Autowired
    public UnsubscribeLinks(LinkSettings settings, LinkSecret secret) {
        this(settings, secret, Clock.systemDefaultZone());
    }

    UnsubscribeLinks(LinkSettings settings, LinkSecret secret, Clock clock) {
        this.settings = settings;
        this.signer = new LinkSigner(secret);
        this.clock = clock;
    }

    /**
     * The link that withdraws {@code consentChannel} (email, newsletter or letter) for the customer
     * ({@code customer.id}), naming the campaign run that sends it.
     *
     * @throws IllegalArgumentException for an unknown channel or a campaign or run key over 255 bytes
     */
    public String url(long customerId, String consentChannel, String campaign, String runKey) {
        return settings.publicUrl() + PATH + signer.sign(LinkSigner.Kind.UNSUBSCRIBE, new UnsubscribeToken(customerId,
                ConsentChannel.of(consentChannel), campaign, runKey, LocalDate.now(clock)).payload());
    }

    /** What a token says, when it is one this installation signed and nobody altered. */
    public Optional<UnsubscribeToken> verify(String token) {
        return signer.verify(LinkSigner.Kind.UNSUBSCRIBE, token).flatMap(UnsubscribeToken::read);
    }
}
