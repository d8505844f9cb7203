package fi.kanta.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.KantaHome;
import fi.kanta.links.SignupLinks.SignupToken;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sign-up's link names that sign-up only, verifies only as signed here, and opens no other kind of page. */
class SignupLinksTest {

    private static final SignupToken SIGNUP = new SignupToken(7, "00112233445566778899aabbccddeeff");

    @TempDir
    Path home;

    @Test
    void aLinkStartsWithThePublicUrlAndNamesTheSignUpAndItsCode() {
        SignupLinks links = links(UnsubscribeLinksTest.SECRET);

        String url = links.url(SIGNUP);

        assertThat(url).matches("https://shop\\.example/subscribe/[A-Za-z0-9_-]+");
        assertThat(links.verify(UnsubscribeLinksTest.token(url))).contains(SIGNUP);
    }

    @Test
    void anotherSecretAnAlteredTokenOrAnotherKindOfLinkIsRefused() {
        SignupLinks links = links(UnsubscribeLinksTest.SECRET);
        String token = UnsubscribeLinksTest.token(links.url(SIGNUP));
        String altered = token.substring(0, 3) + (token.charAt(3) == 'A' ? 'B' : 'A') + token.substring(4);
        String unsubscribe = UnsubscribeLinksTest.token(new UnsubscribeLinks(new LinkSettings("https://shop.example", null),
                secret(UnsubscribeLinksTest.SECRET)).url(7, "newsletter", "c", "r"));

        assertThat(links(UnsubscribeLinksTest.SECRET + "x").verify(token)).isEmpty();
        assertThat(links.verify(altered)).isEmpty();
        assertThat(links.verify(unsubscribe)).isEmpty();
        assertThat(new FeedbackLinks(new LinkSettings("https://shop.example", null), secret(UnsubscribeLinksTest.SECRET))
                .verify(token)).isEmpty();
    }

    @Test
    void aCodeIsHexDigitsOnly() {
        assertThatThrownBy(() -> new SignupToken(1, "not hex")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignupToken(-1, "ab")).isInstanceOf(IllegalArgumentException.class);
    }

    private SignupLinks links(String secret) {
        return new SignupLinks(new LinkSettings("https://shop.example", null), secret(secret));
    }

    private LinkSecret secret(String secret) {
        return new LinkSecret(new LinkSettings("https://shop.example", secret), new KantaHome(home));
    }
}
