package fi.kanta.console;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TemporaryHome;
import fi.kanta.TestDatabase;
import fi.kanta.web.Accessibility;
import fi.kanta.web.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A base for console pages in a real browser (headless chromium): serve's web application with the
 * console on a port of its own, a real HSQLDB home of its own per test class, one browser per class,
 * and three users made as {@code kanta user add} makes them, one of each role: {@link #ADMIN},
 * {@link #MARKETER} and {@link #VIEWER}, all with {@link #PASSWORD}. {@link #signIn} signs in
 * through the sign-in page; {@link #looksRight} checks a page (Content-Security-Policy, WCAG 2.1 AA)
 * and saves its screenshot as {@code target/screenshots/console-<name>.png}.
 */
@Tag("system-tools")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "kanta.console.port=0"})
public abstract class ConsoleInBrowser extends TemporaryHome {

    protected static final String ADMIN = "anna";
    protected static final String MARKETER = "markus";
    protected static final String VIEWER = "ville";
    protected static final String PASSWORD = "oikea hevonen paristo";

    protected static WebDriver browser;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ConsoleUsers users;

    @Autowired
    protected ConsoleServer console;

    /** The public pages' port. */
    @LocalServerPort
    protected int publicPort;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
        // a laptop's screen, so a screenshot shows most of a page
        browser.manage().window().setSize(new Dimension(1280, 1024));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void threeUsers() {
        TestDatabase.clean(jdbc);
        users.add(ADMIN, ConsoleRole.ADMIN, Optional.of("en"), PASSWORD.toCharArray());
        users.add(MARKETER, ConsoleRole.MARKETER, Optional.of("fi"), PASSWORD.toCharArray());
        users.add(VIEWER, ConsoleRole.VIEWER, Optional.of("en"), PASSWORD.toCharArray());
        browser.manage().deleteAllCookies();
    }

    /** The shipped templates and the named files of the shipped {@code jobs/} in {@code home} (a file there is replaced). */
    protected static void shippedCampaigns(Path home, String... jobFiles) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Path jobs = Files.createDirectories(home.resolve("jobs"));
        for (String file : jobFiles) {
            Files.copy(Path.of("jobs", file), jobs.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The address of a console path on this test's server, e.g. {@code url("/console/")}. */
    protected String url(String path) {
        return "http://localhost:" + console.port() + path;
    }

    /** Opens a console path. */
    protected void open(String path) {
        browser.get(url(path));
    }

    /** Signs in through the sign-in page (signing out whoever was) and waits for the home page. */
    protected void signIn(String name) {
        browser.get(url("/console/sign-in"));
        browser.manage().deleteAllCookies();
        browser.get(url("/console/sign-in"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(url("/console/")));
    }

    /** The page's first heading. */
    protected static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** What the page shows. */
    protected static String shown() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * The page fits the Content-Security-Policy (the browser reported no refusal), has the console's
     * style sheet applied, and breaks no WCAG 2.1 AA rule; its screenshot is saved for a person to look at.
     */
    protected static void looksRight(String name) {
        List<String> reported = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
        assertThat(reported).noneMatch(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"));
        assertThat(browser.findElement(By.tagName("body")).getCssValue("max-width")).isEqualTo("1152px");
        assertThat(Accessibility.violations(browser)).as("WCAG 2.1 AA on " + name).isEmpty();
        try {
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(screenshots.resolve("console-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
