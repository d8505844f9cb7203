package fi.kanta.links;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The eleven links of a feedback email: {@code <kanta.web.public-url>/feedback/<token>?score=N}
 * for N = 0..10. The token names the question ({@link FeedbackQuestion}, signed by
 * {@link LinkSigner}); the score rides as a plain parameter because it is only the page's
 * preselection: the customer may pick another before sending, and the answer recorded is the
 * score the form posts, so signing it would protect nothing. One token per question also keeps
 * the eleven links one signature apart and the answer replaceable from any of them.
 */
@Component
public class FeedbackLinks {

    public static final String PATH = "/feedback/";
    public static final int LOWEST = 0;
    public static final int HIGHEST = 10;

    private final LinkSettings settings;
    private final LinkSigner signer;

    public FeedbackLinks(LinkSettings settings, LinkSecret secret) {
        this.settings = settings;
        this.signer = new LinkSigner(secret);
    }

    /**
     * The links for scores 0 to 10, in that order, for the customer ({@code customer.id}) asked by the run.
     *
     * @throws IllegalArgumentException for a campaign or run key over 255 bytes
     */
    public List<String> urls(long customerId, String campaign, String runKey) {
        String question = settings.publicUrl() + PATH
                + signer.sign(LinkSigner.Kind.FEEDBACK, new FeedbackQuestion(customerId, campaign, runKey).payload());
        return IntStream.rangeClosed(LOWEST, HIGHEST).mapToObj(score -> question + "?score=" + score).toList();
    }

    /** The question a token names, when it is one this installation signed and nobody altered. */
    public Optional<FeedbackQuestion> verify(String token) {
        return signer.verify(LinkSigner.Kind.FEEDBACK, token).flatMap(FeedbackQuestion::read);
    }

    public static boolean isScore(int score) {
        return score >= LOWEST && score <= HIGHEST;
    }
}
