package fi.kanta.links;

import fi.kanta.UserError;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where personal links point and what signs them ({@code kanta.web.*}, documented in
 * application.properties): the address customers reach the public pages at (links in emails and
 * letters start with it) and the link-signing secret (empty: one is generated into
 * {@code data/web-secret}). The port {@code kanta serve} listens on is {@code kanta.web.port}, read
 * by the web server itself ({@code server.port}).
 */
@ConfigurationProperties("kanta.web")
public record LinkSettings(
        @DefaultValue("http://localhost:8080") String publicUrl,
        String secret) {

    // printable ASCII only: the links go into mail headers (List-Unsubscribe) and printed letters
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[\\x21-\\x2E\\x30-\\x7E]+(/[\\x21-\\x7E]*)?");

    public LinkSettings {
        publicUrl = publicUrl.strip().replaceAll("/+$", "");
        if (!WEB_ADDRESS.matcher(publicUrl).matches()) {
            throw new UserError("kanta.web.public-url must be the http(s) address customers reach the pages at, such as"
                    + " https://shop.example, got '" + publicUrl + "'");
        }
        secret = secret == null || secret.isBlank() ? null : secret;
    }
}
