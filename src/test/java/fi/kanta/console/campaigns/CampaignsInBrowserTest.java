package fi.kanta.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.console.ConsoleInBrowser;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.Importer;
import fi.kanta.demo.DemoShop;
import fi.kanta.scoring.Scorer;
import fi.kanta.shop.ShopSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * The campaigns pages in a real browser on the demo shop's data (generated, imported and scored
 * as {@code kanta demo} does, without its run): a marketer dry-runs the win-back, launches it
 * after the confirmation, watches the run finish and downloads its recipients; previews a
 * customer's email, sandboxed, and the reward they get and why; a viewer is refused what only a marketer may do, by the server.
 */
class CampaignsInBrowserTest extends ConsoleInBrowser {

    @Autowired
    Importer importer;

    @Autowired
    Scorer scorer;

    @Autowired
    ShopSettings shop;

    /** The application's home: test classes sharing one application context share it, whatever their own temporary folder. */
    @Autowired
    fi.kanta.KantaHome kantaHome;

    ConsoleSession session;

    @BeforeEach
    void demoShop() throws IOException {
        Path homeFolder = kantaHome.home();
        shippedCampaigns(homeFolder, "win-back.yml", "segments.yml");
        FileSystemUtils.deleteRecursively(homeFolder.resolve("out/win-back")); // out/import/incoming stays: uploads arrive there
        LocalDate today = LocalDate.now(shop.timeZone());
        DemoShop.Files files = DemoShop.generate(homeFolder.resolve("out/demo/input"), 600, today, 11);
        importer.importFile(ImportKind.CUSTOMERS, files.customers(), null);
        importer.importFile(ImportKind.PURCHASES, files.purchases(), null);
        importer.importFile(ImportKind.CONSENTS, files.consents(), null);
        importer.importFile(ImportKind.SUPPRESSIONS, files.suppressions(), null);
        scorer.score(today);
        session = new ConsoleSession(browser, url(""));
    }

    @Test
    void aMarketerDryRunsLaunchesWatchesTheRunFinishAndDownloadsItsRecipients() throws Exception {
        signIn(MARKETER); // markus works in Finnish
        open("/console/campaigns");
        assertThat(heading()).isEqualTo("Kampanjat");
        assertThat(shown()).contains("win-back", "kunnossa");
        looksRight("campaigns");

        browser.findElement(By.linkText("win-back")).click();
        arrived("pre.definition");
        assertThat(heading()).isEqualTo("Kampanja win-back");
        looksRight("campaign");

        browser.findElement(By.linkText("Koeajo")).click();
        arrived("section.funnel");
        assertThat(shown()).contains("mitään ei tallennettu eikä lähetetty", "vastaanottajat");
        assertThat(browser.findElements(By.cssSelector("section.funnel table")).size()).isGreaterThanOrEqualTo(3); // with samples
        looksRight("dry-run");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_run", Long.class)).isZero();

        open("/console/campaigns/win-back");
        browser.findElement(By.partialLinkText("Käynnistä ajo")).click();
        arrived("main form button[type=submit]");
        assertThat(heading()).isEqualTo("Käynnistä win-back");
        looksRight("launch");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        // the page loads itself again while the run works (a Refresh header, no script)
        new WebDriverWait(browser, Duration.ofMinutes(3)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> browser.findElement(By.id("state")).getText().contains("valmis"));
        assertThat(heading()).startsWith("Ajo win-back/");
        long total = Long.parseLong(browser.findElement(By.id("total")).getText().replaceAll("\\D", ""));
        assertThat(total).isPositive();
        assertThat(browser.findElement(By.id("sent")).getText().replaceAll("\\D", "")).isEqualTo(String.valueOf(total));
        looksRight("run");
        String runPath = browser.getCurrentUrl().substring(url("").length());

        HttpResponse<byte[]> recipients = session.get(runPath + "/recipients.xlsx");
        assertThat(recipients.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(recipients.body()))) {
            long sent = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE status IN ('SENT', 'PRINTED')", Long.class);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) sent);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isNotBlank();
        }
        assertThat(audited()).contains("run-launch", "run-export-recipients");

        browser.findElement(By.partialLinkText("Tulokset")).click();
        arrived("figure.chart");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).hasSize(1);
        looksRight("results");
    }

    @Test
    void aPreviewShowsTheEmailInASandboxThatRunsNoScript() throws Exception {
        String customer = jdbc.queryForObject("SELECT c.external_id FROM customer c JOIN consent_newest n ON n.customer_id = c.id"
                + " WHERE n.channel = 'email' AND n.granted = TRUE AND c.email IS NOT NULL ORDER BY c.id FETCH FIRST 1 ROWS ONLY", String.class);
        String email = jdbc.queryForObject("SELECT email FROM customer WHERE external_id = ?", String.class, customer);
        signIn(ADMIN);
        open("/console/campaigns/win-back/preview");
        browser.findElement(By.id("customer")).sendKeys(email);
        browser.findElement(By.cssSelector("form.search button")).click();
        arrived("p.verdict, p.problem");

        assertThat(shown()).contains("test links", "Subject");
        WebElement frame = browser.findElement(By.tagName("iframe"));
        assertThat(frame.getDomAttribute("sandbox")).isEmpty();
        assertThat(browser.findElement(By.cssSelector("pre.text-part")).getText()).isNotBlank();
        looksRight("preview");

        HttpResponse<byte[]> html = session.get(frame.getDomAttribute("src"));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'none'", "sandbox",
                "frame-ancestors 'self'");
        long id = jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, customer);
        assertThat(jdbc.queryForList("SELECT subject FROM console_audit WHERE action = 'customer-preview'", String.class))
                .containsExactly("customer:" + id);
    }

    @Test
    void aPreviewSaysWhichRewardTheCustomerGetsAndWhyAsTheCommandLineDoes() throws Exception {
        String shoes = jdbc.queryForObject("SELECT c.external_id FROM customer c JOIN consent_newest n ON n.customer_id = c.id"
                + " JOIN customer_score s ON s.customer_id = c.id AND s.as_of = (SELECT MAX(as_of) FROM customer_score)"
                + " WHERE n.channel = 'email' AND n.granted = TRUE AND c.email IS NOT NULL AND s.favourite_category = 'Shoes'"
                + " AND NOT EXISTS (SELECT 1 FROM customer_preference p WHERE p.customer_id = c.id AND p.no_profiling = TRUE)"
                + " ORDER BY c.id FETCH FIRST 1 ROWS ONLY", String.class);
        // a sale with one discount for everyone: nothing to explain
        Path spring = fi.kanta.TestCampaigns.writtenBefore(Files.writeString(kantaHome.home().resolve("jobs/spring.yml"),
                fi.kanta.TestCampaigns.SPRING));
        try {
            previewsOf(shoes);
        } finally {
            Files.delete(spring); // the home is the application context's, which other classes share
        }
    }

    private void previewsOf(String shoes) throws Exception {
        signIn(MARKETER);
        open("/console/campaigns/win-back/preview?customer=" + shoes);
        arrived("p.verdict, p.problem");
        // whether selected, in the page's Finnish too (the shop's language is English here)
        assertThat(browser.findElement(By.cssSelector("p.verdict")).getText()).matches("(KOHDE|VERTAILURYHMÄSSÄ|ei valittu|kuuluu kohderyhmään).*");

        // the demo's win-back has four rewards (jobs/win-back.yml): the first is for a favourite category of Shoes,
        // said as kanta preview says it ("Reward 1 of 4, 25 %: their favourite category is Shoes") in the marketer's Finnish page
        assertThat(browser.findElement(By.cssSelector("p.reward")).getText()).isEqualTo("Palkinto 1/4, 25 %: suosikkiosasto on Shoes");
        // and the email, in the customer's language, has that reward's own text (winback.offer.Shoes)
        assertThat(textPart()).containsAnyOf("Your favourite department, Shoes, is now 25 % off", "Suosikkiosastosi Kengät nyt -25 %",
                "Din favoritavdelning Skor nu -25 %");
        looksRight("preview-reward");

        open("/console/campaigns/spring/preview?customer=" + shoes);
        arrived("p.verdict, p.problem");
        assertThat(browser.findElements(By.cssSelector("p.reward"))).isEmpty();
        assertThat(textPart()).contains("10 %");
    }

    @Test
    void aViewerIsRefusedLaunchPersonalExportsAndImportsByTheServer() throws Exception {
        signIn(VIEWER);
        open("/console/campaigns/win-back");
        assertThat(shown()).doesNotContain("Launch the run");
        String csrf = session.csrf();

        assertThat(session.get("/console/campaigns/win-back/launch").statusCode()).isEqualTo(403);
        assertThat(session.post("/console/campaigns/win-back/launch", csrf).statusCode()).isEqualTo(403);
        assertThat(session.post("/console/segments/lapsing-valuable/export", csrf, "format", "csv").statusCode()).isEqualTo(403);
        assertThat(session.get("/console/imports").statusCode()).isEqualTo(403);
        assertThat(session.get("/console/campaigns/win-back/preview?customer=1").statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'campaignJob'", Long.class)).isZero();

        signIn(MARKETER);
        open("/console/campaigns/win-back");
        assertThat(session.post("/console/campaigns/win-back/launch", null).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(session.post("/console/campaigns/win-back/launch", "not-the-token").statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'campaignJob'", Long.class)).isZero();
        assertThat(audited()).doesNotContain("run-launch");
    }

    private static String textPart() {
        return browser.findElement(By.cssSelector("pre.text-part")).getText().replace('\u00a0', ' ');
    }

    /** Waits for the page a click leads to: the element only that page has. */
    private static void arrived(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> !page.findElements(By.cssSelector(css)).isEmpty());
    }

    private List<String> audited() {
        return jdbc.queryForList("SELECT action FROM console_audit ORDER BY id", String.class);
    }
}
