package fi.kanta.web;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's chromium, headless, through Debian's chromedriver, or fails (never skips) saying
 * which packages to install. Both paths are given, so Selenium Manager never tries to download a
 * browser or a driver of its own.
 */
public final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A browser that runs the pages' JavaScript, as almost every customer's does. */
    public static WebDriver start() {
        return start(new ChromeOptions());
    }

    /** A browser started with more command-line switches (e.g. host rules for a test's own servers). */
    public static WebDriver with(String... arguments) {
        return start(new ChromeOptions().addArguments(arguments));
    }

    /** A browser whose content settings block JavaScript on every page. */
    public static WebDriver withoutJavaScript() {
        return start(new ChromeOptions().setExperimentalOption("prefs",
                Map.of("profile.managed_default_content_settings.javascript", 2)));
    }

    private static WebDriver start(ChromeOptions options) {
        for (Path program : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(program)) {
                fail(program + " not found: the system-tools profile needs a real browser (Debian: apt-get install chromium"
                        + " chromium-driver)");
            }
        }
        options.setBinary(BROWSER.toFile());
        // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start; /dev/shm is small in containers
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage");
        // the browser's console (where it reports Content-Security-Policy violations), for BrowserPages.console()
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(driver, options);
    }
}
