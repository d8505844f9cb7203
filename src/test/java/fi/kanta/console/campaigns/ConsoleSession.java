package fi.kanta.console.campaigns;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Requests made with the browser's signed-in session, outside the browser: downloads to read back
 * with POI, and the requests a page never offers a user (a viewer's POST to launch, a POST without
 * its CSRF token), so the server's own refusals are tested, not the page's hiding of buttons.
 */
final class ConsoleSession {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final WebDriver browser;
    private final String base;

    ConsoleSession(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    private String cookie() {
        return "KANTA_CONSOLE=" + browser.manage().getCookieNamed("KANTA_CONSOLE").getValue();
    }

    /** The CSRF token of the page open in the browser (every page has one: the sign-out form). */
    String csrf() {
        return browser.findElement(By.cssSelector("form.who input[name=_csrf]")).getDomAttribute("value");
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form POST; {@code csrf} null sends none. */
    HttpResponse<byte[]> post(String path, String csrf, String... fields) throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder(csrf == null ? "" : "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
