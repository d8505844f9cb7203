package fi.kanta.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in and out in a real browser: the way in leads an anonymous visitor to the sign-in page, a
 * wrong password says so and lets nobody in, the right one opens the home page in the user's
 * language, and signing out ends the session.
 */
class SignInInBrowserTest extends ConsoleInBrowser {

    @Test
    void theWayInLeadsToTheSignInPage() {
        open("/");

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/sign-in"));
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(browser.findElements(By.tagName("nav"))).isEmpty();
        looksRight("sign-in");
    }

    @Test
    void aWrongPasswordLetsNobodyIn() {
        open("/console/sign-in");
        browser.findElement(By.id("name")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("?failed"));

        assertThat(shown()).contains("The name or the password is not right.");
        looksRight("sign-in-failed");
        open("/console/");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/sign-in"));
    }

    @Test
    void theRightPasswordOpensHomeInTheUsersLanguage() {
        signIn(MARKETER);

        assertThat(heading()).isEqualTo("Etusivu");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fi");
        assertThat(shown()).contains("Kirjautuneena: markus (markkinoija)").doesNotContain("Käyttäjät");
        Cookie session = browser.manage().getCookieNamed("KANTA_CONSOLE");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        assertThat(session.getPath()).isEqualTo("/console/");
        looksRight("home-fi");
    }

    @Test
    void anAdminSeesUsersAndAuditInTheNavigation() {
        signIn(ADMIN);

        assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Home", "Customers", "Users", "Audit");
        looksRight("home");
    }

    @Test
    void signingOutEndsTheSession() {
        signIn(VIEWER);
        browser.findElement(By.cssSelector("form.who button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("?signed-out"));

        assertThat(shown()).contains("You have signed out.");
        open("/console/");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/sign-in"));
    }
}
