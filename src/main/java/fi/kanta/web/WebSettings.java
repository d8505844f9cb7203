package fi.kanta.web;

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

    public WebSettings {
        publicUrl = publicUrl.strip().replaceAll("/+$", "");
        secret = secret == null || secret.isBlank() ? null : secret;
    }
}
