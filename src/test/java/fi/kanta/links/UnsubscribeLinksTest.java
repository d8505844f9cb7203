package fi.kanta.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.customer.ContactRules.ConsentChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links carry who and which channel, verify only as signed by this installation, and keep working across restarts. */
public class UnsubscribeLinksTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";
    static final Clock DAY = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void aLinkStartsWithThePublicUrlAndItsTokenSaysWhoWhichChannelAndWhichRun() {
        UnsubscribeLinks links = links("https://shop.example/", SECRET);

        String url = links.url(42, "newsletter", "weekly-newsletter", "2026-W48");

        assertThat(url).startsWith("https://shop.example/unsubscribe/").matches("https://shop\\.example/unsubscribe/[A-Za-z0-9_-]+");
        assertThat(links.verify(token(url))).contains(
                new UnsubscribeToken(42, ConsentChannel.NEWSLETTER, "weekly-newsletter", "2026-W48", LocalDate.of(2026, 11, 23)));
        assertThat(token(url).length()).as("short enough to type from a letter").isLessThan(80);
    }

    @Test
    void aLinkAlreadySentKeepsWorking() {
        // made outside Kanta from the documented format (kind byte 1, varints, length-prefixed
        // UTF-8, HMAC-SHA256 truncated to 16 bytes), as the links sent before feedback links existed
        String sent = "ASoBrKIBEXdlZWtseS1uZXdzbGV0dGVyCDIwMjYtVzQ4FiSaw3TTkp-lObpz--0O4g";

        assertThat(links("https://shop.example", SECRET).verify(sent)).contains(
                new UnsubscribeToken(42, ConsentChannel.NEWSLETTER, "weekly-newsletter", "2026-W48", LocalDate.of(2026, 11, 23)));
    }

    @Test
    void everyChannelAndUnicodeNamesTravel() {
        UnsubscribeLinks links = links("http://localhost:8080", SECRET);
        for (ConsentChannel channel : ConsentChannel.values()) {
            String url = links.url(Long.MAX_VALUE, channel.id(), "kevät-ale", "2026-11");
            assertThat(links.verify(token(url)).map(UnsubscribeToken::channel)).contains(channel);
            assertThat(links.verify(token(url)).map(UnsubscribeToken::campaign)).contains("kevät-ale");
        }
    }

    @Test
    void anAlteredTokenIsRefusedWhicheverByteChanged() {
        UnsubscribeLinks links = links("http://localhost:8080", SECRET);
        byte[] genuine = Base64.getUrlDecoder().decode(token(links.url(42, "email", "win-back", "2026-W48")));
        for (int i = 0; i < genuine.length; i++) {
            byte[] altered = genuine.clone();
            altered[i] ^= 0x01;
            assertThat(links.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(altered))).as("byte %d altered", i).isEmpty();
        }
    }

    @Test
    void aTokenForgedWithAnotherSecretOrMangledIsRefused() {
        String forged = token(links("http://localhost:8080", "another-secret-that-is-also-long-enough-xyz").url(42, "email", "win-back", "r"));
        UnsubscribeLinks links = links("http://localhost:8080", SECRET);
        String genuine = token(links.url(42, "email", "win-back", "r"));

        assertThat(links.verify(forged)).isEmpty();
        assertThat(links.verify(genuine)).isPresent();
        assertThat(links.verify(genuine + "=")).as("padding is a second spelling").isEmpty();
        assertThat(links.verify(genuine.substring(0, genuine.length() - 1))).isEmpty();
        assertThat(links.verify(genuine + "AAAA")).isEmpty();
        assertThat(links.verify("not base64 at all!")).isEmpty();
        assertThat(links.verify("")).isEmpty();
        assertThat(links.verify("A".repeat(5000))).isEmpty();
    }

    @Test
    void thePublicUrlMustBeAnHttpAddressWithoutSpacesOrLineBreaks() {
        for (String wrong : new String[] {"shop.example", "https://shop.example/\r\nBcc: x@example.com", "https://shop example",
            "javascript:alert(1)", "https://kauppa.fi/äö"}) {
            assertThatThrownBy(() -> new LinkSettings(wrong, SECRET)).as(wrong).isInstanceOf(UserError.class)
                    .hasMessageContaining("kanta.web.public-url");
        }
        assertThat(new LinkSettings("https://shop.example/kanta/", SECRET).publicUrl()).isEqualTo("https://shop.example/kanta");
    }

    @Test
    void anUnknownChannelIsAProgrammingError() {
        assertThatThrownBy(() -> links("http://localhost:8080", SECRET).url(1, "sms", "win-back", "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAConfiguredSecretOneIsGeneratedOnceOwnerOnlyAndLinksSurviveARestart() throws Exception {
        String url = links("http://localhost:8080", null).url(7, "letter", "win-back", "2026-W48");
        Path file = home.resolve("data").resolve(LinkSecret.FILE);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String secret = Files.readString(file);
        UnsubscribeLinks afterRestart = links("http://localhost:8080", null);
        assertThat(afterRestart.verify(token(url))).isPresent();
        assertThat(Files.readString(file)).isEqualTo(secret);
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void aShortConfiguredSecretIsRefused() {
        assertThatThrownBy(() -> links("http://localhost:8080", "short").url(1, "email", "win-back", "r"))
                .isInstanceOf(UserError.class).hasMessageContaining("kanta.web.secret is too short");
    }

    private UnsubscribeLinks links(String publicUrl, String secret) {
        LinkSettings settings = new LinkSettings(publicUrl, secret);
        return new UnsubscribeLinks(settings, new LinkSecret(settings, new KantaHome(home)), DAY);
    }

    public static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
