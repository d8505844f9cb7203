package fi.kanta.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.campaign.Campaigns;
import fi.kanta.console.ConsoleInBrowser;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.Importer;
import fi.kanta.demo.DemoShop;
import fi.kanta.editorial.Editorials;
import fi.kanta.shop.ShopSettings;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * The weekly newsletter's editorial in a real browser: a marketer edits the Finnish story, previews
 * it as a customer would get it (markup in a text shown as text, the HTML sandboxed), saves it into
 * the templates; a text that fails the templates' check is refused beside the form and the file stays
 * as it was; earlier versions are viewed and restored; a version for next week waits for that week's
 * launch; a viewer looks but the server refuses their saves, and a save without its CSRF token is refused.
 */
class EditorialInBrowserTest extends ConsoleInBrowser {

    private static final String EDITORIAL = "/console/campaigns/weekly-newsletter/editorial";

    @Autowired
    Importer importer;

    @Autowired
    ShopSettings shop;

    @Autowired
    KantaHome kantaHome;

    @Autowired
    Editorials editorials;

    @Autowired
    Campaigns campaigns;

    ConsoleSession session;
    Path finnish;

    @BeforeEach
    void newsletterShop() throws IOException {
        Path home = kantaHome.home();
        FileSystemUtils.deleteRecursively(home.resolve("templates"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Path jobs = Files.createDirectories(home.resolve("jobs"));
        for (String file : List.of("weekly-newsletter.yml", "segments.yml")) {
            Files.copy(Path.of("jobs", file), jobs.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        LocalDate today = LocalDate.now(shop.timeZone());
        DemoShop.Files files = DemoShop.generate(home.resolve("out/demo/input"), 60, today, 5);
        importer.importFile(ImportKind.CUSTOMERS, files.customers(), null);
        importer.importFile(ImportKind.CONSENTS, files.consents(), null);
        jdbc.execute("ALTER TABLE newsletter_editorial ALTER COLUMN id RESTART WITH 1"); // versions numbered from 1 in each test
        finnish = home.resolve("templates/weekly-newsletter/messages_fi.properties");
        session = new ConsoleSession(browser, url(""));
    }

    @Test
    void aMarketerPreviewsTheWeeksStoryAsACustomerWouldGetItAndSavesItIntoTheTemplates() throws Exception {
        String email = jdbc.queryForObject("SELECT email FROM customer WHERE email IS NOT NULL AND language = 'fi' ORDER BY id FETCH FIRST 1 ROWS ONLY", String.class);
        signIn(MARKETER); // markus works in Finnish
        open("/console/campaigns/weekly-newsletter");
        browser.findElement(By.linkText("Muokkaa pääkirjoitusta")).click();
        arrived("form.editorial");
        assertThat(heading()).isEqualTo("Pääkirjoitus: weekly-newsletter");
        assertThat(field("title_fi").getDomProperty("value")).isEqualTo("Talvi on täällä");
        assertThat(field("categoryOffers_fi").getDomProperty("value")).contains("Shoes = Sinulle tällä viikolla: talvikengät -15");
        looksRight("editorial");

        replace("title_fi", "Joulu <script>alert(1)</script> tulee");
        replace("story_fi", "Hei {firstName}, lahjat odottavat.");
        browser.findElement(By.id("customer")).sendKeys(email);
        browser.findElement(By.name("preview")).click();
        arrived("section#preview");
        assertThat(browser.findElement(By.cssSelector("section#preview strong.subject")).getText()).startsWith("Joulu <script>alert(1)</script> tulee");
        assertThat(field("title_fi").getDomProperty("value")).as("the form keeps what was typed").isEqualTo("Joulu <script>alert(1)</script> tulee");
        WebElement frame = browser.findElement(By.cssSelector("section#preview iframe"));
        assertThat(frame.getDomAttribute("sandbox")).isEmpty();
        HttpResponse<byte[]> html = session.get(frame.getDomAttribute("src"));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'none'", "sandbox");
        String body = new String(html.body(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<script>alert(1)</script>");
        looksRight("editorial-preview");
        assertThat(Files.readString(finnish)).as("a preview writes nothing").contains("editorial.story.title=Talvi on täällä");

        // with scripts the preview follows the typing (live-preview.js posts the same form)
        replace("title_fi", "Elävä esikatselu");
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> page.findElement(By.cssSelector("section#preview strong.subject")).getText().startsWith("Elävä esikatselu"));
        replace("title_fi", "Joulu <script>alert(1)</script> tulee");
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> page.findElement(By.cssSelector("section#preview strong.subject")).getText().startsWith("Joulu"));

        browser.findElement(By.cssSelector("form.editorial button:not([name])")).click();
        arrived("p.notice[role=status]");
        assertThat(shown()).contains("Versio 1 tallennettu");
        String saved = Files.readString(finnish);
        assertThat(saved).contains("editorial.story.title=Joulu <script>alert(1)</script> tulee", "editorial.story.text=Hei {firstName}, lahjat odottavat.",
                "newsletter.greeting=Hei {firstName},", "editorial.offer.Shoes=Sinulle tällä viikolla: talvikengät -15\u00a0%.");
        assertThat(saved).as("one title line, where it was").containsOnlyOnce("editorial.story.title=");
        assertThat(browser.findElements(By.cssSelector("table.versions tbody tr"))).hasSize(1);
        assertThat(audited()).contains("customer-preview", "editorial-save");
        looksRight("editorial-saved");
    }

    @Test
    void aTextTheTemplatesCannotRenderIsRefusedBesideTheFormAndTheFileStaysAsItWas() throws Exception {
        String before = Files.readString(finnish);
        signIn(MARKETER);
        open(EDITORIAL);
        replace("story_fi", "Hei {firstNme}, tervetuloa.");
        replace("offer_sv", "");
        replace("categoryOffers_en", "Shoes: no equals sign here");
        browser.findElement(By.cssSelector("form.editorial button:not([name])")).click();
        arrived("div.problem");
        String problem = browser.findElement(By.cssSelector("div.problem")).getText();
        assertThat(problem).contains("Mitään ei tallennettu", "svenska, Tarjous kaikille: kirjoita teksti",
                "English, Tarjoukset suosikkiosaston mukaan: rivi 1");
        assertThat(field("offer_sv").getDomAttribute("aria-invalid")).isEqualTo("true");
        looksRight("editorial-refused");
        assertThat(Files.readString(finnish)).isEqualTo(before);

        // the form's own checks pass; the templates' check finds the misspelt placeholder
        replace("offer_sv", "Gratis leverans.");
        replace("categoryOffers_en", "Shoes = 15 % off winter boots.");
        browser.findElement(By.cssSelector("form.editorial button:not([name])")).click();
        // the first refusal's box is still there until the answer replaces it: wait for the new one's text
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> page.findElement(By.cssSelector("div.problem")).getText().contains("firstNme"));
        assertThat(Files.readString(finnish)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM newsletter_editorial", Long.class)).isZero();
    }

    @Test
    void anEarlierVersionIsViewedAndRestoredForThisWeek() throws Exception {
        signIn(MARKETER);
        open(EDITORIAL);
        replace("title_fi", "Ensimmäinen");
        browser.findElement(By.cssSelector("form.editorial button:not([name])")).click();
        arrived("p.notice[role=status]");
        replace("title_fi", "Toinen");
        browser.findElement(By.cssSelector("form.editorial button:not([name])")).click();
        showsSoon("Versio 2 tallennettu");
        assertThat(Files.readString(finnish)).contains("editorial.story.title=Toinen");

        browser.findElement(By.linkText("Versio 1")).click();
        arrived("section.version-text");
        assertThat(shown()).contains("Ensimmäinen");
        looksRight("editorial-version");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        showsSoon("Versio 3 tallennettu");
        assertThat(Files.readString(finnish)).contains("editorial.story.title=Ensimmäinen");
        assertThat(jdbc.queryForObject("SELECT restored_from FROM newsletter_editorial WHERE id = 3", Long.class)).isEqualTo(1L);
        assertThat(audited()).contains("editorial-restore");
    }

    @Test
    void aVersionForNextWeekWaitsUntilThatWeeksRunIsLaunched() throws Exception {
        String nextWeek = editorials.weeks("weekly-newsletter").get(1);
        signIn(MARKETER);
        open(EDITORIAL + "?week=" + nextWeek);
        assertThat(shown()).contains("Viikolle " + nextWeek + ":");
        replace("title_fi", "Ensi viikon juttu");
        browser.findElement(By.cssSelector("form.editorial button:not([name])")).click();
        arrived("p.notice[role=status]");
        assertThat(Files.readString(finnish)).contains("editorial.story.title=Talvi on täällä");
        assertThat(shown()).contains("odottaa viikkoaan");

        var campaign = campaigns.named("weekly-newsletter");
        ZonedDateTime now = ZonedDateTime.now(campaign.zone());
        editorials.beforeNewRun(campaign, campaign.runKey(now, null), now);
        assertThat(Files.readString(finnish)).as("this week's run keeps this week's text").contains("editorial.story.title=Talvi on täällä");
        editorials.beforeNewRun(campaign, nextWeek, now.plusWeeks(1));
        assertThat(Files.readString(finnish)).contains("editorial.story.title=Ensi viikon juttu");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM newsletter_editorial WHERE applied_at IS NOT NULL", Long.class)).isEqualTo(1L);
    }

    @Test
    void aViewerLooksButTheServerRefusesTheirSavesAndASaveWithoutItsTokenIsRefused() throws Exception {
        String before = Files.readString(finnish);
        signIn(VIEWER);
        open(EDITORIAL);
        assertThat(field("title_fi").getDomAttribute("readonly")).isNotNull();
        assertThat(browser.findElements(By.cssSelector("form.editorial button"))).isEmpty();
        looksRight("editorial-viewer");
        String csrf = session.csrf();
        String[] form = {"week", editorials.thisWeek("weekly-newsletter"), "title_fi", "x", "story_fi", "x", "offer_fi", "x",
            "title_sv", "x", "story_sv", "x", "offer_sv", "x", "title_en", "x", "story_en", "x", "offer_en", "x"};
        assertThat(session.post(EDITORIAL, csrf, form).statusCode()).isEqualTo(403);
        assertThat(session.post(EDITORIAL + "/preview", csrf, form).statusCode()).isEqualTo(403);

        signIn(MARKETER);
        open(EDITORIAL);
        assertThat(session.post(EDITORIAL, null, form).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(session.post(EDITORIAL, "not-the-token", form).statusCode()).isEqualTo(403);
        assertThat(session.post(EDITORIAL, session.csrf(), form).statusCode()).as("the same form with its token").isEqualTo(302);
        long version = jdbc.queryForObject("SELECT id FROM newsletter_editorial", Long.class);

        signIn(VIEWER);
        open(EDITORIAL);
        assertThat(session.post(EDITORIAL + "/versions/" + version + "/restore", session.csrf()).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM newsletter_editorial", Long.class)).isEqualTo(1L);
        assertThat(Files.readString(finnish)).isNotEqualTo(before).contains("editorial.story.title=x");
    }

    private static WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    private static void replace(String id, String text) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
    }

    private static void showsSoon(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> shown().contains(text));
    }

    private static void arrived(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> !page.findElements(By.cssSelector(css)).isEmpty());
    }

    private List<String> audited() {
        return jdbc.queryForList("SELECT action FROM console_audit ORDER BY id", String.class);
    }
}
