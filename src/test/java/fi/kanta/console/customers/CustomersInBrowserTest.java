package fi.kanta.console.customers;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestShop;
import fi.kanta.console.ConsoleInBrowser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Finding a customer and reading their time line in a real browser: by the start of a name in any
 * case, by email address and by postal code; the time line holds purchases, scores, consents,
 * campaigns (holdout too), feedback and suppressions, newest first; a name with a script in it is
 * shown as text; a view is audited by id only; a marketer can suppress, a viewer sees no button.
 */
class CustomersInBrowserTest extends ConsoleInBrowser {

    static final String SCRIPT_NAME = "Aino <script>alert(1)</script>";
    long aino;

    @BeforeEach
    void aino() {
        TestShop shop = new TestShop(jdbc);
        aino = shop.customer("C1", SCRIPT_NAME, "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.customer("C2", "Bertil", "Mäkinen", "bertil@example.fi", "Gatan 2", "65100", "sv");
        shop.customer("C3", "Cecilia", "Berg", "cecilia@example.fi", "Väg 3", "00100", "sv");
        shop.purchase(aino, "2026-10-01T10:00:00", "25.00", "books");
        shop.purchase(aino, "2026-11-20T10:00:00", "35.50", "toys");
        shop.consent(aino, "email", true, "2026-09-01T08:00:00", "webshop");
        shop.consent(aino, "letter", false, "2026-11-02T08:00:00", "unsubscribe-link");
        shop.score(aino, 0.83, 120.0, "Champions");
        jdbc.update("INSERT INTO customer_score_month (customer_id, month, as_of, rfm_segment, p_alive, clv_12m)"
                + " VALUES (?, DATE '2026-10-01', DATE '2026-10-31', 'Loyal', 0.7, 90.0)", aino);
        jdbc.update("INSERT INTO campaign_run (campaign, run_key, counts_for_cap, selected_at) VALUES ('winback', '2026-11-05', TRUE,"
                + " TIMESTAMP '2026-11-05 09:00:00')");
        long run = jdbc.queryForObject("SELECT id FROM campaign_run WHERE campaign = 'winback'", Long.class);
        jdbc.update("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value,"
                + " offer_code, value_tier, status, status_at) VALUES (?, ?, 'email', 'aino@example.fi', 'TARGET', 1, 10, 'WB-7Q2X',"
                + " 'gold', 'SENT', TIMESTAMP '2026-11-05 09:01:00')", run, aino);
        jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, comment, answered_at)"
                + " VALUES (?, 'feedback', '2026-11', 9, 'Hyvä <b>palvelu</b>', TIMESTAMP '2026-11-25 12:00:00')", aino);
        shop.suppressAddress("aino@example.fi", "BOUNCED", "2026-11-30T10:00:00");
    }

    @Test
    void findACustomerAndOpenTheirTimeLine() {
        signIn(ADMIN);
        open("/console/customers");
        looksRight("customers");

        find("mäk");
        assertThat(foundNames()).containsExactly(SCRIPT_NAME + " Mäkelä", "Bertil Mäkinen");
        assertThat(shown()).contains("2 customers found.");
        looksRight("customers-found");
        noScriptRan();

        find("AINO@example.fi");
        assertThat(foundNames()).containsExactly(SCRIPT_NAME + " Mäkelä");
        find("00100");
        assertThat(foundNames()).containsExactly("Cecilia Berg", SCRIPT_NAME + " Mäkelä");
        find("%");
        assertThat(shown()).contains("No customer found.");

        find("C1");
        browser.findElement(By.linkText(SCRIPT_NAME + " Mäkelä")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/console/customers/" + aino));

        assertThat(heading()).isEqualTo(SCRIPT_NAME + " Mäkelä");
        List<String> kinds = browser.findElements(By.cssSelector("ol.timeline li")).stream().map(WebElement::getText).toList();
        assertThat(kinds).hasSize(9);
        assertThat(kinds.get(0)).startsWith("2026-11-30 10:00 Suppression BOUNCED of the email address");
        assertThat(String.join("\n", kinds))
                .contains("Feedback score 9 to feedback Hyvä <b>palvelu</b>")
                .contains("Scores Champions, P(alive) 83%")
                .contains("Scores Loyal, P(alive) 70%")
                .contains("Purchase 35.50 EUR toys")
                .contains("Campaign winback/2026-11-05: email, SENT, offer code WB-7Q2X")
                .contains("Consent withdrawn letter, from unsubscribe-link")
                .contains("Consent email, from webshop");
        assertThat(shown()).contains("suppressed: contacted on no channel");
        looksRight("customer-timeline");
        noScriptRan();
        assertThat(jdbc.queryForList("SELECT action || ' ' || subject FROM console_audit WHERE action LIKE 'customer%'", String.class))
                .containsExactly("customer-view customer:" + aino);
    }

    @Test
    void aMarketerSuppressesAViewerCannot() {
        jdbc.update("DELETE FROM suppression");
        signIn(VIEWER);
        open("/console/customers/" + aino);
        assertThat(browser.findElements(By.cssSelector("main form button"))).isEmpty();

        signIn(MARKETER);
        open("/console/customers/" + aino);
        assertThat(shown()).contains("ei estetty");
        browser.findElement(By.cssSelector("main form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p[role=status]"), "Asiakas on nyt estetty."));

        assertThat(shown()).contains("estetty: ei yhteydenottoja millään kanavalla");
        assertThat(jdbc.queryForObject("SELECT reason FROM suppression WHERE customer_id = ?", String.class, aino)).isEqualTo("UNSUBSCRIBED");
        assertThat(jdbc.queryForList("SELECT action FROM console_audit WHERE subject = ? ORDER BY id", String.class, "customer:" + aino))
                .containsExactly("customer-view", "customer-view", "customer-suppress", "customer-view");
        looksRight("customer-suppressed-fi");
    }

    /** No script from a customer's name ran. */
    private static void noScriptRan() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private void find(String text) {
        open("/console/customers");
        browser.findElement(By.id("q")).sendKeys(text);
        browser.findElement(By.cssSelector("form.search button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[role=status]")));
    }

    private static List<String> foundNames() {
        return browser.findElements(By.cssSelector("main table tbody td:first-child")).stream().map(WebElement::getText).toList();
    }
}
