package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.KantaHome;
import fi.kanta.TemporaryHome;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.links.LinkSecret;
import fi.kanta.links.LinkSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A base for tests that open the public pages in a real browser (headless chromium): the real
 * application on a random port with the HSQLDB default in a temporary home, one browser per test
 * class, and Aino, a Finnish customer whose first name is a script, with email and newsletter
 * consents. Tests assert only what the browser shows and what the database holds.
 */
@Tag("system-tools")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = UnsubscribePageContractTest.SERVLET)
abstract class BrowserPages extends TemporaryHome {

    static final String SCRIPT_NAME = "Aino <script>alert(1)</script>";
    static final String NOT_VALID = "Linkki ei ole voimassa";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KantaHome home;

    long aino;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void aino() {
        TestDatabase.clean(jdbc);
        TestShop shop = new TestShop(jdbc);
        aino = shop.customer("C1", SCRIPT_NAME, "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.consent(aino, "email", true);
        shop.consent(aino, "newsletter", true);
    }

    /** Opens a link as sent in an email, on this test's server: the same path, token and query. */
    void open(String link) {
        browser.get(onThisServer(link));
    }

    private String onThisServer(String link) {
        URI sent = URI.create(link);
        return "http://localhost:" + port + sent.getRawPath() + (sent.getRawQuery() == null ? "" : "?" + sent.getRawQuery());
    }

    /** The link with one character of its token changed, as a customer's mail program or a forger might. */
    static String altered(String link) {
        int at = link.lastIndexOf('/') + 6;
        return link.substring(0, at) + (link.charAt(at) == 'A' ? 'B' : 'A') + link.substring(at + 1);
    }

    /** A link-signing secret other than this application's. */
    LinkSecret anotherSecret() {
        return new LinkSecret(new LinkSettings("http://localhost", "x".repeat(40)), home);
    }

    /** After a click that sends a form: waits until the next page's heading is shown. */
    static void waitForHeading(String heading) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    /** What the page shows, as the customer reads it. */
    static String shown() {
        return browser.findElement(By.tagName("body")).getText();
    }

    static String language() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /**
     * The customer's name came out as text: no script ran, and the tags are there to read. (A script's
     * alert during the page load already fails {@code get} with UnhandledAlertException, the
     * WebDriver default; this also catches one opened after it.)
     */
    static void showsTheScriptNameAsText() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(shown()).contains("Hei " + SCRIPT_NAME + ",");
    }

    /**
     * A base for {@code @Nested} tests in a browser that blocks JavaScript: it takes the place of the
     * class's browser for each test, and the class's comes back after it.
     */
    abstract static class ScriptsBlocked {

        private WebDriver runningScripts;

        @BeforeEach
        void blockScripts() {
            runningScripts = browser;
            browser = HeadlessChromium.withoutJavaScript();
            // the browser really blocks page scripts: only then does it show a noscript element
            browser.get("data:text/html,%3Cnoscript%3Escripts%20blocked%3C/noscript%3E");
            assertThat(shown()).isEqualTo("scripts blocked");
        }

        @AfterEach
        void runScriptsAgain() {
            browser.quit();
            browser = runningScripts;
        }
    }

    /**
     * The page as the browser shows it fits the Content-Security-Policy and WCAG 2.1 AA (axe-core finds no violation): nothing was refused (the
     * browser's console reports every refusal), and the style sheet applied, as its page width and font
     * show. Saves a screenshot as {@code target/screenshots/<name>.png} for a person to look at.
     */
    static void fitsTheContentSecurityPolicy(String name) {
        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
        assertThat(console).noneMatch(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"));
        assertThat(browser.findElement(By.tagName("body")).getCssValue("max-width")).isEqualTo("576px");
        assertThat(browser.findElement(By.tagName("body")).getCssValue("font-family")).contains("system-ui");
        assertThat(Accessibility.violations(browser)).as("WCAG 2.1 AA on " + name).isEmpty();
        try {
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page for a link that is not genuine, shown in the browser. */
    static void showsLinkNotValid() {
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(NOT_VALID);
        assertThat(browser.getTitle()).startsWith(NOT_VALID);
    }
}
