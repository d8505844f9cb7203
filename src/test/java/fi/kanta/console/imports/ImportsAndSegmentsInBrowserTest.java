package fi.kanta.console.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.console.ConsoleInBrowser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uploading an import in the browser: a customer file with a bad row is imported by the import
 * job, the page shows the summary and its reject report downloads; the segments page shows each
 * segment's size and exports it. A viewer gets neither the imports page nor an export.
 */
class ImportsAndSegmentsInBrowserTest extends ConsoleInBrowser {

    /** The application's home: test classes sharing one application context share it, whatever their own temporary folder. */
    @org.springframework.beans.factory.annotation.Autowired
    fi.kanta.KantaHome kantaHome;

    @Test
    void anUploadWithABadRowShowsItsRejectAndTheRejectReport() throws Exception {
        Path file = Files.writeString(homeFolder.resolve("asiakkaat <script>.csv"),
                "customer_id,first_name,email,customer_since\nC1,Anna,anna@example.fi,2024-01-31\nC2,<script>alert(1)</script>,b@example.fi,2024-02-01\n"
                        + "C3,Berit,berit@example.fi,not-a-date\n", StandardCharsets.UTF_8);
        signIn(ADMIN);
        open("/console/imports");
        assertThat(heading()).isEqualTo("Imports");
        looksRight("imports");
        new Select(browser.findElement(By.id("kind"))).selectByValue("customers");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofMinutes(2)).ignoring(StaleElementReferenceException.class)
                .until(page -> !browser.findElement(By.id("import-state")).getText().startsWith("Importing"));
        assertThat(browser.findElement(By.id("import-state")).getText()).isEqualTo("Imported.");
        assertThat(browser.findElement(By.id("read")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("rejected")).getText()).isEqualTo("1");
        assertThat(jdbc.queryForList("SELECT external_id FROM customer ORDER BY external_id", String.class))
                .containsExactly("C1", "C2");
        assertThat(jdbc.queryForObject("SELECT first_name FROM customer WHERE external_id = 'C2'", String.class))
                .isEqualTo("<script>alert(1)</script>");
        looksRight("import");

        String rejects = get(browser.findElement(By.linkText("The reject report (CSV)")).getDomAttribute("href"));
        assertThat(rejects).contains("4,customer_since,not-a-date");
        assertThat(jdbc.queryForList("SELECT action FROM console_audit ORDER BY id", String.class))
                .contains("import-upload", "import-rejects");
    }

    private static String row(String segment) {
        return browser.findElements(By.cssSelector("main tbody tr")).stream().filter(row -> row.getText().startsWith(segment + " "))
                .findFirst().orElseThrow().getText();
    }

    @Test
    void segmentsShowTheirSizeAndAViewerMayNotExportOrImport() throws Exception {
        Files.createDirectories(kantaHome.home().resolve("jobs"));
        Files.copy(Path.of("jobs", "segments.yml"), kantaHome.home().resolve("jobs/segments.yml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        jdbc.update("INSERT INTO customer (external_id, first_name, city, country, language, created_at, updated_at)"
                + " VALUES ('S1', 'Sanna', 'Turku', 'FI', 'fi', LOCALTIMESTAMP, LOCALTIMESTAMP)");
        signIn(VIEWER);
        open("/console/segments");
        assertThat(heading()).isEqualTo("Segments");
        assertThat(browser.findElements(By.cssSelector("main tbody tr"))).isNotEmpty();
        // nothing counted for the list: no segment has a kept size yet
        assertThat(browser.findElement(By.cssSelector("main tbody tr")).getText()).contains("not counted yet");
        assertThat(browser.findElement(By.linkText("Count lapsing-valuable now")).getDomAttribute("href"))
                .endsWith("/console/segments/lapsing-valuable?count=now");
        looksRight("segments");
        browser.findElement(By.cssSelector("main tbody tr a")).click();
        assertThat(shown()).contains("members (counted in").doesNotContain("Export");
        looksRight("segment");
        String segment = browser.getCurrentUrl().substring(url("").length());
        // counted once, the size is kept: the next page shows it with its time, and counts afresh on request
        open(segment);
        assertThat(browser.findElement(By.cssSelector("p.size")).getText()).contains("members as of ").doesNotContain("counted in");
        looksRight("segment-kept");
        browser.findElement(By.linkText("Count now")).click();
        assertThat(browser.findElement(By.cssSelector("p.size")).getText()).contains("members (counted in");
        // the list shows the kept size with its time; once the segment's text changes, it is not counted yet
        open("/console/segments");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")).toString();
        assertThat(row("lapsing-valuable")).doesNotContain("not counted yet").contains(today.substring(0, 8));
        assertThat(row("loyal")).contains("not counted yet");
        looksRight("segments-kept");
        Path file = kantaHome.home().resolve("jobs/segments.yml");
        Files.writeString(file, Files.readString(file).replace("still worth winning back", "still worth a letter"));
        open("/console/segments");
        assertThat(row("lapsing-valuable")).contains("not counted yet");
        open(segment);
        String csrf = browser.findElement(By.cssSelector("form.who input[name=_csrf]")).getDomAttribute("value");
        assertThat(status("POST", segment + "/export", "_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                + "&format=csv")).isEqualTo(403);
        assertThat(status("GET", "/console/imports", null)).isEqualTo(403);
        assertThat(status("POST", "/console/imports", "_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .isEqualTo(403);

        signIn(MARKETER);
        open(segment);
        assertThat(browser.findElements(By.cssSelector("div.actions form button"))).hasSize(2);
        String marketersToken = browser.findElement(By.cssSelector("div.actions form input[name=_csrf]")).getDomAttribute("value");
        assertThat(status("POST", segment + "/export", "_csrf=" + java.net.URLEncoder.encode(marketersToken, StandardCharsets.UTF_8)
                + "&format=csv")).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT action FROM console_audit WHERE action LIKE 'segment%'", String.class))
                .isEqualTo(List.of("segment-export"));
    }

    private String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(String method, String path, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie());
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String cookie() {
        return "KANTA_CONSOLE=" + browser.manage().getCookieNamed("KANTA_CONSOLE").getValue();
    }
}
