package fi.kanta.web;

import fi.kanta.UserError;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public web pages ({@code kanta.web.*}, documented in application.properties): the address
 * customers reach them at (links in emails and letters start with it), the link-signing secret
 * (empty: one is generated into {@code data/web-secret}) and the port {@code kanta serve} listens on.
 */
@ConfigurationProperties("kanta.web")
public record WebSettings(
        @DefaultValue("http://localhost:8080") String publicUrl,
        String secret,
        @DefaultValue("8080") int port) {

    // printable ASCII only: the links go into mail headers (List-Unsubscribe) and printed letters
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[\\x21-\\x2E\\x30-\\x7E]+(/[\\x21-\\x7E]*)?");

    public WebSettings {
        publicUrl = publicUrl.strip().replaceAll("/+$", "");
        if (!WEB_ADDRESS.matcher(publicUrl).matches()) {
            throw new UserError("kanta.web.public-url must be the http(s) address customers reach the pages at, such as"
                    + " https://shop.example, got '" + publicUrl + "'");
        }
        secret = secret == null || secret.isBlank() ? null : secret;
    }
}
