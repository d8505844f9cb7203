package fi.kanta.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.console.ConsoleInBrowser;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.Importer;
import fi.kanta.demo.DemoShop;
import fi.kanta.shop.ShopSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * With {@code kanta.console.launch-approval=true} a marketer's launch waits: the one who asked may
 * not approve it (the server refuses, not only the page), a viewer may not, a request without its
 * CSRF token may not; an admin approves it and the run starts, or rejects it and nothing is sent.
 * Every step is audited.
 */
@TestPropertySource(properties = "kanta.console.launch-approval=true")
class LaunchApprovalInBrowserTest extends ConsoleInBrowser {

    private static final String CAMPAIGN = "/console/campaigns/weekly-newsletter";

    @Autowired
    Importer importer;

    @Autowired
    ShopSettings shop;

    @Autowired
    KantaHome kantaHome;

    ConsoleSession session;

    @BeforeEach
    void newsletterShop() throws IOException {
        Path home = kantaHome.home();
        FileSystemUtils.deleteRecursively(home.resolve("templates"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        FileSystemUtils.deleteRecursively(home.resolve("out/weekly-newsletter"));
        Path jobs = Files.createDirectories(home.resolve("jobs"));
        for (String file : List.of("weekly-newsletter.yml", "segments.yml")) {
            Files.copy(Path.of("jobs", file), jobs.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        DemoShop.Files files = DemoShop.generate(home.resolve("out/demo/input"), 60, LocalDate.now(shop.timeZone()), 5);
        importer.importFile(ImportKind.CUSTOMERS, files.customers(), null);
        importer.importFile(ImportKind.CONSENTS, files.consents(), null);
        session = new ConsoleSession(browser, url(""));
    }

    @Test
    void aLaunchWaitsUntilAnotherMarketerApprovesItThenTheRunStarts() throws Exception {
        signIn(MARKETER); // markus, in Finnish
        open(CAMPAIGN + "/launch");
        assertThat(shown()).contains("toinen markkinoija hyväksyy");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        arrived("section.approvals");
        assertThat(shown()).contains("Käynnistyksesi odottaa", "Sinä pyysit: toinen markkinoija päättää.");
        assertThat(browser.findElements(By.cssSelector("section.approvals button"))).as("no button for the one who asked").isEmpty();
        looksRight("approval-asked");
        assertThat(jobs()).isZero();
        long id = jdbc.queryForObject("SELECT id FROM pending_launch WHERE state = 'WAITING'", Long.class);

        assertThat(session.post(CAMPAIGN + "/launches/" + id + "/approve", session.csrf()).statusCode())
                .as("the one who asked may not approve").isEqualTo(400);
        signIn(VIEWER);
        open(CAMPAIGN);
        assertThat(session.post(CAMPAIGN + "/launches/" + id + "/approve", session.csrf()).statusCode()).isEqualTo(403);
        signIn(ADMIN);
        open(CAMPAIGN);
        assertThat(session.post(CAMPAIGN + "/launches/" + id + "/approve", null).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(jobs()).isZero();
        assertThat(jdbc.queryForObject("SELECT state FROM pending_launch WHERE id = ?", String.class, id)).isEqualTo("WAITING");

        assertThat(shown()).contains("Launches waiting for approval", "markus");
        looksRight("approval-waiting");
        browser.findElement(By.cssSelector("section.approvals form[action$='/approve'] button")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> browser.findElement(By.id("state")).getText().contains("done"));
        assertThat(heading()).startsWith("Run weekly-newsletter/");
        assertThat(jobs()).isEqualTo(1);
        long admin = jdbc.queryForObject("SELECT id FROM console_user WHERE name = ?", Long.class, ADMIN);
        assertThat(jdbc.queryForObject("SELECT decided_by FROM pending_launch WHERE id = ?", Long.class, id)).isEqualTo(admin);
        assertThat(audited()).containsSubsequence("launch-ask", "launch-approve", "run-launch");
    }

    @Test
    void aRejectedLaunchSendsNothing() throws Exception {
        signIn(MARKETER);
        open(CAMPAIGN + "/launch");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        arrived("section.approvals");
        signIn(ADMIN);
        open(CAMPAIGN);
        browser.findElement(By.cssSelector("section.approvals form[action$='/reject'] button")).click();
        arrived("p.notice[role=status]");
        assertThat(shown()).contains("The launch was rejected");
        assertThat(browser.findElements(By.cssSelector("section.approvals"))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT state FROM pending_launch", String.class)).isEqualTo("REJECTED");
        assertThat(jobs()).isZero();
        assertThat(audited()).containsSubsequence("launch-ask", "launch-reject").doesNotContain("run-launch");
    }

    private long jobs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'campaignJob'", Long.class);
    }

    private static void arrived(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> !page.findElements(By.cssSelector(css)).isEmpty());
    }

    private List<String> audited() {
        return jdbc.queryForList("SELECT action FROM console_audit ORDER BY id", String.class);
    }
}
