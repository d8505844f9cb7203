package fi.kanta.links;

import fi.kanta.words.SaidError;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where personal links point and what signs them ({@code kanta.web.*}, documented in
 * application.properties): the address customers reach the public pages at (links in emails and
 * letters start with it) and the link-signing secret (empty: one is generated into
 * {@code data/web-secret}), and how many days a preferences link (an email's, or a letter's short
 * address) stays valid: those links open a page of the customer's choices, and emails get forwarded,
 * so they expire; unsubscribe links never do. The port {@code kanta serve} listens on is {@code kanta.web.port}, read
 * by the web server itself ({@code server.port}).
 */
@ConfigurationProperties("kanta.web")
public record LinkSettings(
        @DefaultValue("http://localhost:8080") String publicUrl,
        String secret,
        @DefaultValue("60") int preferencesLinkDays) {

    public static final int DEFAULT_PREFERENCES_LINK_DAYS = 60;

    // printable ASCII only: the links go into mail headers (List-Unsubscribe) and printed letters
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[\\x21-\\x2E\\x30-\\x7E]+(/[\\x21-\\x7E]*)?");

    @ConstructorBinding
    public LinkSettings {
        if (preferencesLinkDays < 1 || preferencesLinkDays > 3660) {
            throw new SaidError("settings.days", "kanta.web.preferences-link-days", preferencesLinkDays);
        }
        publicUrl = publicUrl.strip().replaceAll("/+$", "");
        if (!WEB_ADDRESS.matcher(publicUrl).matches()) {
            throw new SaidError("links.settings.public-url", publicUrl);
        }
        secret = secret == null || secret.isBlank() ? null : secret;
    }

    /** The settings with the default lifetime of preferences links. */
    public LinkSettings(String publicUrl, String secret) {
        this(publicUrl, secret, DEFAULT_PREFERENCES_LINK_DAYS);
    }
}
