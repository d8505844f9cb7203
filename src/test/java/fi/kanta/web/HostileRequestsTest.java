package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TemporaryHome;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.UnsubscribeLinks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a hostile or clumsy client gets from the real server over real HTTP (java.net.http, and a raw
 * socket for requests no HTTP client would send): never a 500, never a stack trace or server
 * version; the security headers on every answer, Tomcat's own included; no cookie ever; and nothing
 * it sends can write a line of its own into the log. The log is read from the console, which this
 * test turns on (the application sends it only to out/kanta.log).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {UnsubscribePageContractTest.SERVLET, "logging.threshold.console=TRACE"})
class HostileRequestsTest extends TemporaryHome {

    private static final String FORGED = "2026-12-06T08:00:00.000Z ERROR 1 --- [main] fi.kanta.Forged : forged line";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnsubscribeLinks links;

    @Autowired
    FeedbackLinks feedbackLinks;

    final HttpClient client = HttpClient.newHttpClient();
    long aino;

    @Autowired
    ConfigurableEnvironment environment;

    /**
     * The log as this test's application says, console included. The logging set-up is the JVM's:
     * the first application in it fixed the console threshold as a system property (off, as Kanta
     * runs), which later applications do not replace, so it is cleared here and the log set up
     * again; and cleared afterwards, so that the next application sets its own.
     */
    @BeforeEach
    void logToTheConsoleAsThisApplicationSays() {
        System.clearProperty(LoggingSystemProperty.CONSOLE_THRESHOLD.getEnvironmentVariableName());
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, LogFile.get(environment));
    }

    @AfterEach
    void leaveTheThresholdToTheNextApplication() {
        System.clearProperty(LoggingSystemProperty.CONSOLE_THRESHOLD.getEnvironmentVariableName());
    }

    @BeforeEach
    void aino() {
        TestDatabase.clean(jdbc);
        TestShop shop = new TestShop(jdbc);
        aino = shop.customer("C1", "Aino", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.consent(aino, "email", true);
    }

    @Test
    void errorAskedForDirectlyIsRefusedLikeAnyOtherPathNotA500() throws Exception {
        for (String method : List.of("GET", "POST", "DELETE")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(url("/error")).method(method, HttpRequest.BodyPublishers.noBody()));
            assertThat(answer.statusCode()).as(method).isEqualTo(403);
            hasTheSecurityHeaders(answer.headers());
            assertThat(answer.body()).doesNotContain("\"status\":999"); // not the "no status" of an error page asked for directly
        }
    }

    @Test
    void addressesTheApplicationCannotReadAre400sWithTheHeadersAndNoStackTrace(CapturedOutput log) throws Exception {
        List<String> requests = List.of(
                // a path parameter with an incomplete %-escape: Tomcat passes it, Spring cannot decode it
                "GET /unsubscribe/x;% HTTP/1.1", "POST /unsubscribe/x;a=%e HTTP/1.1", "GET /feedback/x;%zz HTTP/1.1",
                // refused by Tomcat itself, before the application
                "GET /unsubscribe/a%zz HTTP/1.1", "GET /unsubscribe/a|b HTTP/1.1", "GET /unsubscribe/a%00b HTTP/1.1", "GARBAGE");
        for (String requestLine : requests) {
            String answer = raw(requestLine + "\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(requestLine).startsWith("HTTP/1.1 400 ");
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
            for (String header : PublicHeaders.HEADERS.keySet()) {
                assertThat(head).as(requestLine).contains("\r\n" + header.toLowerCase(Locale.ROOT) + ": ");
            }
            assertThat(head).as(requestLine).doesNotContain("set-cookie").doesNotContain("server:");
            assertThat(answer).as(requestLine).doesNotContain("Tomcat").doesNotContain("Exception").doesNotContain("<style");
        }
        assertThat(log.getOut()).doesNotContain("Incomplete trailing escape").doesNotContain("\tat org.springframework");
    }

    @Test
    void everyPageAndAnswerCarriesAContentSecurityPolicyWithoutInlineAndNeverACookie() throws Exception {
        String unsubscribe = path(links.url(aino, "email", "win-back", "2026-W48"));
        String feedback = path(feedbackLinks.urls(aino, "win-back", "2026-W48").get(9));
        List<HttpRequest.Builder> requests = List.of(
                HttpRequest.newBuilder(url(unsubscribe)),
                HttpRequest.newBuilder(url(feedback)),
                HttpRequest.newBuilder(url("/web/kanta.css")),
                HttpRequest.newBuilder(url(BrandStyle.PATH)),
                HttpRequest.newBuilder(url("/unsubscribe/not-a-token")),
                HttpRequest.newBuilder(url("/")),
                // a POST to / opened a session before: the CSRF check stored a token in one
                form(url("/"), "x=1"),
                form(url("/console"), "x=1"),
                form(url(feedback.replaceAll("\\?.*", "")), "score=10"),
                form(url(unsubscribe), "List-Unsubscribe=One-Click"));
        for (HttpRequest.Builder request : requests) {
            HttpResponse<String> answer = send(request);
            String what = answer.request().method() + " " + answer.uri().getPath();
            assertThat(answer.statusCode()).as(what).isLessThan(500);
            hasTheSecurityHeaders(answer.headers());
            assertThat(answer.headers().allValues("Set-Cookie")).as(what).isEmpty();
            assertThat(answer.headers().allValues("Content-Security-Policy")).as(what)
                    .containsExactly(PublicHeaders.CONTENT_SECURITY_POLICY);
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                // the pages fit the policy: no inline style, script or event handler
                assertThat(answer.body()).as(what).doesNotContain("<style").doesNotContain("<script").doesNotContainPattern(" on[a-z]+=")
                        .doesNotContain(" style=");
            }
        }
        assertThat(PublicHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe").contains("default-src 'self'")
                .contains("frame-ancestors 'none'").contains("form-action 'self'");
    }

    @Test
    void withNoColourSetTheShopsStyleSheetHasTheDefaultOne() throws Exception {
        HttpResponse<String> sheet = send(HttpRequest.newBuilder(url(BrandStyle.PATH)));

        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(sheet.body()).isEqualTo(":root { --shop-colour: #7a3e1d; }\n");
        hasTheSecurityHeaders(sheet.headers());
    }

    @Test
    void aFormValueThatIsNotUtf8IsA400AndWritesNoLineOfItsOwnIntoTheLog(CapturedOutput log) throws Exception {
        String unsubscribe = path(links.url(aino, "email", "win-back", "2026-W48"));
        for (String body : List.of("List-Unsubscribe=%ff%0d%0a" + FORGED.replace(" ", "+"), "scope=%ff%0a" + FORGED.replace(" ", "+"))) {
            HttpResponse<String> answer = send(form(url(unsubscribe), body));
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            hasTheSecurityHeaders(answer.headers());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consent WHERE source = ?", Long.class, Unsubscriptions.SOURCE)).isZero();
        assertThat(log.getOut().lines()).noneMatch(line -> line.startsWith(FORGED.substring(0, 24)));
    }

    @Test
    void whateverALogMessageOrExceptionCarriesEachLogLineStaysOneLine(CapturedOutput log) {
        LoggerFactory.getLogger(HostileRequestsTest.class).error("value [{}]", "a\r\n" + FORGED + "\u001b[2J",
                new IllegalStateException("refused [b\n" + FORGED + "]", new IllegalArgumentException("c\r" + FORGED)));

        assertThat(log.getOut().lines()).noneMatch(line -> line.startsWith(FORGED.substring(0, 24)));
        assertThat(log.getOut()).contains("value [a\\r\\n" + FORGED + "\\u001b[2J]")
                .contains("java.lang.IllegalStateException: refused [b\\n" + FORGED + "]")
                .contains("Caused by: java.lang.IllegalArgumentException: c\\r" + FORGED)
                .contains("\tat fi.kanta.web.HostileRequestsTest.");
    }

    private static void hasTheSecurityHeaders(HttpHeaders headers) {
        PublicHeaders.HEADERS.forEach((name, value) -> assertThat(headers.allValues(name)).as(name).containsExactly(value));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder form(URI url, String body) {
        return HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String path(String link) {
        URI sent = URI.create(link);
        return sent.getRawPath() + (sent.getRawQuery() == null ? "" : "?" + sent.getRawQuery());
    }

    /** Sends the bytes as they are and reads the whole answer (the server closes the connection). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000); // a server that never closes fails the test instead of hanging it
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
