package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;
import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.web.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every shipped email in every language, as a phone and a desktop mail program show it: the page is
 * never wider than the screen (no sideways scrolling) from 320 to 800 px, and the shop's button and
 * every one of the customer's picks are on the screen, whole. Screenshots go to
 * {@code target/screenshots/email-<campaign>-<language>-<width>.png}.
 */
@Tag("system-tools")
class EmailWidthsInBrowserTest {

    private static final List<String> CAMPAIGNS = List.of("win-back", "weekly-newsletter", "service-recovery", "feedback");
    /** The campaigns whose email shows the customer's picks. */
    private static final List<String> PICKS = List.of("win-back", "weekly-newsletter");
    private static final List<Integer> WIDTHS = List.of(320, 375, 600, 800);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    static Stream<Arguments> emails() {
        return CAMPAIGNS.stream().flatMap(campaign -> Stream.of(aino(), erik(), emma())
                .map(recipient -> Arguments.of(campaign, recipient)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("emails")
    void fitsEveryScreenFrom320To800Pixels(String campaign, Map<String, Object> recipient) throws IOException {
        RenderedEmail email = CampaignTemplates.open(SHIPPED_TEMPLATES, campaign).email(withFeedbackLinks(recipient));
        String language = (String) ((Map<?, ?>) recipient.get("customer")).get("language");
        Path html = Files.createDirectories(Path.of("target", "emails")).resolve(campaign + "-" + language + ".html");
        Files.writeString(html, email.html());

        for (int width : WIDTHS) {
            showAt(width);
            browser.get(html.toUri().toString());
            long documentWidth = ((Number) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth")).longValue();
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("email-" + campaign + "-" + language + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertThat(documentWidth).as("%s in %s at %d px wide", campaign, language, width).isLessThanOrEqualTo(width);
            if (!campaign.equals("feedback")) { // the feedback question's buttons are its eleven scores
                List<List<Number>> button = boxes("a[href*='utm_content=button']");
                assertThat(button).as("%s: the button", campaign).hasSize(1);
                assertWhollyOnScreen(button, width, campaign + " button");
            }
            if (PICKS.contains(campaign)) {
                List<List<Number>> picks = boxes("a[href$='utm_content=pick-1'], a[href$='utm_content=pick-2'],"
                        + " a[href$='utm_content=pick-3']");
                // each pick: its picture and its name; all three picks of the model
                assertThat(picks).as("%s: the picks' links", campaign).hasSize(6);
                assertWhollyOnScreen(picks, width, campaign + " picks");
            }
        }
    }

    /** The bounding boxes (left, top, right, bottom, width, height) of the elements the selector finds. */
    @SuppressWarnings("unchecked")
    private static List<List<Number>> boxes(String selector) {
        return (List<List<Number>>) ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
                + "arguments[0])).map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, r.width,"
                + " r.height]; })", selector);
    }

    private static void assertWhollyOnScreen(List<List<Number>> boxes, int width, String what) {
        for (List<Number> box : boxes) {
            assertThat(box.get(4).doubleValue()).as("%s at %d px: drawn (%s)", what, width, box).isPositive();
            assertThat(box.get(5).doubleValue()).as("%s at %d px: drawn (%s)", what, width, box).isPositive();
            assertThat(box.get(0).doubleValue()).as("%s at %d px: left edge (%s)", what, width, box).isGreaterThanOrEqualTo(0);
            assertThat(box.get(2).doubleValue()).as("%s at %d px: right edge (%s)", what, width, box).isLessThanOrEqualTo(width);
        }
    }

    /** A phone's screen, emulated (a desktop window cannot be made as narrow as 320 px). */
    private static void showAt(int width) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The feedback email's eleven score links, as the engine gives them. */
    private static Map<String, Object> withFeedbackLinks(Map<String, Object> recipient) {
        Map<String, Object> model = new HashMap<>(recipient);
        Map<String, Object> links = new HashMap<>((Map<String, Object>) recipient.get("links"));
        links.put("feedback", IntStream.rangeClosed(0, 10).mapToObj(score -> "https://shop.example.com/feedback/t" + score).toList());
        model.put("links", links);
        return model;
    }
}
