package fi.kanta.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's pages in a real browser: adding a user (a short password is refused beside its field,
 * and nothing is added), stopping one, who then cannot sign in, and the audit listing all of it by
 * user and id.
 */
class UsersAndAuditInBrowserTest extends ConsoleInBrowser {

    @Test
    void anAdminAddsAndStopsUsersAndReadsTheAudit() {
        signIn(ADMIN);
        open("/console/users");
        assertThat(heading()).isEqualTo("Users");
        looksRight("users");

        add("sanna", "lyhyt");
        assertThat(shown()).contains("Password: at least 10 characters, please.");
        assertThat(browser.findElement(By.id("new-password")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("new-name")).getDomProperty("value")).isEqualTo("sanna");
        assertThat(users.find("sanna")).isEmpty();
        looksRight("users-refused");

        add("sanna", "pitkä ja hyvä salasana");
        assertThat(shown()).contains("The user was added.");
        assertThat(users.find("sanna").orElseThrow().role()).isEqualTo(ConsoleRole.MARKETER);

        browser.findElement(By.cssSelector("button[aria-label='Stop ville signing in']")).click();
        waitForStatus("The user can no longer sign in.");
        assertThat(users.find(VIEWER).orElseThrow().disabled()).isTrue();

        open("/console/audit");
        String audit = browser.findElement(By.cssSelector("main table")).getText();
        long sanna = users.find("sanna").orElseThrow().id();
        long ville = users.find(VIEWER).orElseThrow().id();
        assertThat(audit).contains("anna user-disable user:" + ville, "anna user-add user:" + sanna, "anna sign-in");
        looksRight("audit");

        browser.manage().deleteAllCookies();
        open("/console/sign-in");
        browser.findElement(By.id("name")).sendKeys(VIEWER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("?failed"));
    }

    private void add(String name, String password) {
        browser.findElement(By.id("new-name")).clear();
        browser.findElement(By.id("new-name")).sendKeys(name);
        new Select(browser.findElement(By.id("new-role"))).selectByValue("MARKETER");
        browser.findElement(By.id("new-password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.narrow button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("main p[role=status], main p[role=alert]")));
    }

    private static void waitForStatus(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main p[role=status]"), text));
    }
}
