package fi.kanta.console;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TemporaryHome;
import fi.kanta.TestDatabase;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's doors over real HTTP: each port serves its own pages only (a 404 for the other's),
 * an anonymous visitor is sent to the sign-in page from every console path, a sign-in needs the CSRF
 * token of its own session (a missing or forged one is refused, and nobody is signed in), the
 * session cookie is the console's only (HttpOnly, SameSite=Strict, path /console/) while the public
 * pages set none, the server refuses admin pages to lesser roles, and sign-ins and failed ones are
 * audited by user id only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.main.web-application-type=servlet")
class ConsoleDoorsTest extends TemporaryHome {

    private static final String PASSWORD = "oikea hevonen paristo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int publicPort;

    @Autowired
    ConsoleServer console;

    @Autowired
    ConsoleUsers users;

    @Autowired
    JdbcTemplate jdbc;

    long anna;
    long ville;

    @BeforeEach
    void users() {
        TestDatabase.clean(jdbc);
        anna = users.add("anna", ConsoleRole.ADMIN, Optional.of("en"), PASSWORD.toCharArray()).id();
        ville = users.add("ville", ConsoleRole.VIEWER, Optional.of("en"), PASSWORD.toCharArray()).id();
    }

    @Test
    void eachPortServesItsOwnPagesOnly() throws Exception {
        Browser anyone = new Browser();
        for (String path : List.of("/console/", "/console/sign-in", "/console/console.css", "/console/users", "/console")) {
            assertThat(anyone.get(publicPort, path).statusCode()).as("public port " + path).isEqualTo(404);
        }
        for (String path : List.of("/unsubscribe/abc", "/feedback/abc?score=9", "/web/", "/error", "/favicon.ico",
                "/console/../unsubscribe/abc", "/console/%2e%2e/unsubscribe/abc")) {
            assertThat(anyone.get(console.port(), path).statusCode()).as("console port " + path).isIn(400, 404);
        }
        assertThat(anyone.get(console.port(), "/web/kanta.css").statusCode()).isEqualTo(200);
        assertThat(anyone.get(publicPort, "/unsubscribe/abc").statusCode()).as("the public pages still answer").isEqualTo(404);
        assertThat(anyone.get(publicPort, "/unsubscribe/abc").body()).contains("Linkki ei ole voimassa");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFromEveryConsolePath() throws Exception {
        Browser anyone = new Browser();
        assertThat(anyone.get(console.port(), "/").headers().firstValue("Location").orElseThrow()).endsWith(":" + console.port() + "/console/");
        for (String path : List.of("/console/", "/console/users", "/console/audit", "/console/customers", "/console/no-such-page")) {
            HttpResponse<String> answer = anyone.get(console.port(), path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/console/sign-in");
        }
        assertThat(anyone.get(console.port(), "/console/sign-in").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsTheConsolesAndThePublicPagesSetNone() throws Exception {
        Browser anyone = new Browser();
        HttpResponse<String> signIn = anyone.get(console.port(), "/console/sign-in");
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("KANTA_CONSOLE=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Path=/console/").contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");

        Browser customer = new Browser();
        for (String path : List.of("/unsubscribe/abc", "/feedback/abc?score=9", "/web/kanta.css", "/", "/console/")) {
            assertThat(customer.get(publicPort, path).headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(customer.post(publicPort, "/unsubscribe/abc", Map.of("scope", "all")).headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aSignInWithoutItsSessionsCsrfTokenIsRefused() throws Exception {
        Browser forger = new Browser();
        forger.get(console.port(), "/console/sign-in");
        HttpResponse<String> none = forger.post(console.port(), "/console/sign-in", Map.of("name", "anna", "password", PASSWORD));
        assertThat(none.statusCode()).isEqualTo(403);

        Browser other = new Browser();
        String othersToken = other.csrf();
        HttpResponse<String> forged = forger.post(console.port(), "/console/sign-in",
                Map.of("name", "anna", "password", PASSWORD, "_csrf", othersToken));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forger.get(console.port(), "/console/").statusCode()).as("nobody signed in").isEqualTo(302);
        assertThat(audit()).isEmpty();
    }

    @Test
    void signInsAndFailedOnesAreAuditedByUserIdOnly() throws Exception {
        Browser guesser = new Browser();
        assertThat(guesser.signIn("anna", "wrong password").headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in?failed");
        guesser.signIn("nobody@example.fi", "wrong password");
        Browser admin = new Browser();
        assertThat(admin.signIn("Anna", PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/console/");
        assertThat(admin.get(console.port(), "/console/").statusCode()).isEqualTo(200);

        assertThat(audit()).containsExactly(anna + " sign-in-failed null", "null sign-in-failed null", anna + " sign-in null");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM console_audit WHERE subject LIKE '%@%' OR action LIKE '%anna%'", Long.class)).isZero();
    }

    @Test
    void theServerRefusesAdminPagesToAViewer() throws Exception {
        Browser viewer = new Browser();
        viewer.signIn("ville", PASSWORD);
        assertThat(viewer.get(console.port(), "/console/").statusCode()).isEqualTo(200);
        assertThat(viewer.get(console.port(), "/console/users").statusCode()).isEqualTo(403);
        assertThat(viewer.get(console.port(), "/console/audit").statusCode()).isEqualTo(403);
        String token = viewer.csrf();
        assertThat(viewer.post(console.port(), "/console/users", Map.of("name", "mallory", "role", "ADMIN", "language", "en",
                "password", PASSWORD, "_csrf", token)).statusCode()).isEqualTo(403);
        assertThat(users.find("mallory")).isEmpty();

        Browser admin = new Browser();
        admin.signIn("anna", PASSWORD);
        assertThat(admin.get(console.port(), "/console/users").body()).contains("ville");
        assertThat(admin.post(console.port(), "/console/users/" + ville + "/disable", Map.of()).statusCode())
                .as("no CSRF token").isEqualTo(403);
        assertThat(users.find("ville").orElseThrow().disabled()).isFalse();
    }

    @Test
    void theServerRefusesAMarketersActionToAViewer() throws Exception {
        long aino = new fi.kanta.TestShop(jdbc).customer("C1", "aino@example.fi");
        Browser viewer = new Browser();
        viewer.signIn("ville", PASSWORD);
        String token = viewer.csrf();
        assertThat(viewer.post(console.port(), "/console/customers/" + aino + "/suppress", Map.of("_csrf", token)).statusCode())
                .isEqualTo(403);
        assertThat(viewer.post(console.port(), "/console/customers/" + aino + "/suppress", Map.of("_csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suppression", Long.class)).isZero();

        Browser admin = new Browser();
        admin.signIn("anna", PASSWORD);
        assertThat(admin.post(console.port(), "/console/customers/" + aino + "/suppress", Map.of("_csrf", "forged")).statusCode())
                .as("a forged CSRF token").isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suppression", Long.class)).isZero();
        assertThat(admin.post(console.port(), "/console/customers/" + aino + "/suppress", Map.of("_csrf", admin.csrf())).statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suppression WHERE customer_id = ?", Long.class, aino)).isOne();
        assertThat(audit()).contains(anna + " customer-suppress customer:" + aino);
    }

    private List<String> audit() {
        return jdbc.query("SELECT user_id, action, subject FROM console_audit ORDER BY id",
                (row, n) -> row.getObject(1) + " " + row.getString(2) + " " + row.getString(3));
    }

    /** A client with cookies of its own that follows no redirect. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(int port, String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(int port, String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The CSRF token of this client's session, from the sign-in page (or home, once signed in). */
        String csrf() throws Exception {
            HttpResponse<String> page = get(console.port(), "/console/sign-in");
            if (page.statusCode() == 302) {
                page = get(console.port(), "/console/");
            }
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("a CSRF token on the page").isTrue();
            return token.group(1);
        }

        HttpResponse<String> signIn(String name, String password) throws Exception {
            String token = csrf();
            return post(console.port(), "/console/sign-in", Map.of("name", name, "password", password, "_csrf", token));
        }
    }
}
