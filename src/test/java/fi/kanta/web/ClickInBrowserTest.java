package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import fi.kanta.campaign.Campaigns;
import fi.kanta.campaign.ChannelType;
import fi.kanta.outbox.MessageModels;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.shop.ShopSettings;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A counted link in a real browser (docs/architecture.md "Clicks"): the button of a rendered win-back
 * email, clicked in chromium, goes through the redirect and lands on the web shop's page with the
 * campaign's UTM parameters, and the click is recorded; an altered link shows the "link not valid"
 * page and leads nowhere. The shop is a small https server of the test's own (a certificate made
 * with the JDK's keytool; chromium maps {@code shop.test} to it and accepts the certificate).
 */
class ClickInBrowserTest extends BrowserPages {

    private static final String PASSWORD = "changeit";

    static HttpsServer shopServer;
    static final List<String> shopRequests = new CopyOnWriteArrayList<>();

    @Autowired
    MessageModels models;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ShopSettings shopSettings;

    long run;

    @DynamicPropertySource
    static void clicksToTheTestShop(DynamicPropertyRegistry registry) throws Exception {
        startShop();
        registry.add("kanta.clicks.enabled", () -> "true");
        registry.add("kanta.shop.url", () -> "https://shop.test:" + shopServer.getAddress().getPort() + "/");
    }

    @BeforeAll
    static void browserThatReachesTheTestShop() {
        browser.quit();
        browser = HeadlessChromium.with("--ignore-certificate-errors", "--host-resolver-rules=MAP shop.test 127.0.0.1");
    }

    @AfterAll
    static void stopShop() {
        if (shopServer != null) {
            shopServer.stop(0);
        }
    }

    @BeforeEach
    void ainoWasSentTheWinBack() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("templates"), home.home().resolve("templates"));
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.home().resolve("jobs"));
        jdbc.update("INSERT INTO campaign_run (campaign, run_key, counts_for_cap, selected_at, kind) VALUES ('win-back', '2026-W48', TRUE,"
                + " ?, 'win-back')", Timestamp.valueOf(now().minusDays(1)));
        run = jdbc.queryForObject("SELECT id FROM campaign_run WHERE run_key = '2026-W48'", Long.class);
        jdbc.update("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value, offer_code,"
                + " value_tier, status, status_at) VALUES (?, ?, 'email', 'aino', 'TARGET', 1, 1, 'WB-1', 'gold', 'SENT', ?)", run, aino,
                Timestamp.valueOf(now().minusHours(1)));
        shopRequests.clear();
    }

    @Test
    void theEmailsButtonLandsOnTheShopWithItsUtmParametersAndTheClickIsRecorded() throws Exception {
        browser.get(emailFile().toUri().toString());
        screenshot("click-email");
        browser.findElement(By.partialLinkText("verkkokauppaan")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.tagName("h1"), "The test shop"));
        String landed = browser.getCurrentUrl();
        assertThat(landed).startsWith("https://shop.test:" + shopServer.getAddress().getPort() + "/?utm_source=kanta&utm_medium=email"
                + "&utm_campaign=win-back&utm_content=button");
        assertThat(shopRequests).contains("/?utm_source=kanta&utm_medium=email&utm_campaign=win-back&utm_content=button");
        assertThat(jdbc.queryForList("SELECT link FROM click WHERE run_id = ? AND customer_id = ? AND suspect = FALSE", String.class, run,
                aino)).containsExactly("button");
    }

    @Test
    void anAlteredLinkShowsTheNotValidPageAndLeadsNowhere() throws Exception {
        String counted = countedLink(Files.readString(emailFile()));
        open(altered(counted));

        showsLinkNotValid();
        fitsTheContentSecurityPolicy("click-invalid");
        assertThat(shopRequests).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM click", Long.class)).isZero();
    }

    /** Aino's email as the run makes it, its counted links pointed at this test's server, as an HTML file. */
    private Path emailFile() throws Exception {
        var recipient = models.forRun(campaigns.named("win-back"), "2026-W48", run, ChannelType.EMAIL, List.of(aino), now().toLocalDate())
                .get(0);
        String html = CampaignTemplates.open(home.home().resolve("templates"), "win-back").email(recipient.model()).html();
        assertThat(html).contains("https://kanta-demo.example/c/").doesNotContain("href=\"https://shop.test");
        Path file = homeFolder.resolve("email.html");
        Files.writeString(file, html.replace("https://kanta-demo.example/", "http://localhost:" + port + "/"), StandardCharsets.UTF_8);
        return file;
    }

    private static String countedLink(String html) {
        int at = html.indexOf("http://localhost:");
        return html.substring(at, html.indexOf('"', at)).replace("&amp;", "&");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(shopSettings.timeZone());
    }

    private static void screenshot(String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** An https server for shop.test with a self-signed certificate, answering every path with a small page. */
    private static void startShop() throws Exception {
        if (shopServer != null) {
            return;
        }
        Path keystore = Files.createTempDirectory("kanta-test-shop").resolve("shop.p12");
        keystore.getParent().toFile().deleteOnExit();
        keystore.toFile().deleteOnExit();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "shop", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=shop.test", "-ext", "SAN=dns:shop.test",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(said).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        shopServer = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shopServer.setHttpsConfigurator(new HttpsConfigurator(tls));
        shopServer.createContext("/", exchange -> {
            shopRequests.add(exchange.getRequestURI().toString());
            byte[] page = "<!DOCTYPE html><html lang=\"en\"><head><title>Shop</title></head><body><h1>The test shop</h1></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        shopServer.start();
    }
}
