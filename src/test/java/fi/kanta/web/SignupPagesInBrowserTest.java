package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.signup.Signups;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The newsletter sign-up in a real browser, as a person goes through it: the form (in the language
 * asked for), "check your inbox", the link of the confirmation email (written as an .eml file: no
 * mail server is set), which asks and records nothing, and the button that subscribes. A name that
 * is a script stays text; a mistake is named on the form; every page fits the Content-Security-Policy
 * and WCAG 2.1 AA; and it all works with JavaScript blocked too.
 */
class SignupPagesInBrowserTest extends BrowserPages {

    private static final Pattern LINK = Pattern.compile("https://kanta-demo\\.example/subscribe/[A-Za-z0-9_-]+");

    @Autowired
    Signups signups;

    @BeforeEach
    void noSignUps() throws Exception {
        jdbc.update("DELETE FROM signup");
        Path emails = home.home().resolve("out/signup/emails");
        if (Files.isDirectory(emails)) {
            try (Stream<Path> files = Files.list(emails)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void signingUpAsksToConfirmByEmailAndOnlyTheButtonOnTheLinksPageSubscribes() throws Exception {
        openTheForm("fi");
        assertThat(language()).isEqualTo("fi");
        fitsTheContentSecurityPolicy("signup");

        fillIn("uusi@example.fi", SCRIPT_NAME, "sv");
        waitForHeading("Titta i din inkorg");
        fitsTheContentSecurityPolicy("signup-sent");
        assertThat(newsletterConsents()).isZero();

        open(confirmationLink());
        waitForHeading("Bekräfta prenumerationen");
        assertThat(language()).isEqualTo("sv");
        assertThat(shown()).contains("Hej " + SCRIPT_NAME + ",").contains("Vill du få vårt nyhetsbrev till uusi@example.fi?");
        fitsTheContentSecurityPolicy("subscribe");
        assertThat(newsletterConsents()).isZero();

        browser.findElement(By.cssSelector("button.primary")).click();
        waitForHeading("Prenumerationen är bekräftad");
        fitsTheContentSecurityPolicy("subscribed");
        assertThat(newsletterConsents()).isOne();
    }

    @Test
    void aMistakeIsNamedOnTheFormAndNothingIsSent() throws Exception {
        openTheForm("en");
        // the browser's own check lets this through (it wants no dot in the domain); ours does not
        fillIn("someone@localhost", "Aino", "en");
        waitForHeading("Subscribe to our newsletter");

        assertThat(shown()).contains("Please check the form:").contains("Email address: please enter an address such as name@example.com.");
        assertThat(browser.findElement(By.id("email")).getDomProperty("value")).isEqualTo("someone@localhost");
        fitsTheContentSecurityPolicy("signup-mistakes");
        signups.awaitSent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signup", Long.class)).isZero();
    }

    /** The pages have no script of their own: a browser that runs none signs up the same. */
    @Nested
    class WithoutJavaScript extends ScriptsBlocked {

        @Test
        void signingUpAndConfirmingStillWork() throws Exception {
            openTheForm("en");
            fillIn("noscript@example.fi", "", "fi");
            waitForHeading("Katso sähköpostisi");

            open(confirmationLink());
            browser.findElement(By.cssSelector("button.primary")).click();
            waitForHeading("Tilaus vahvistettu");
            assertThat(newsletterConsents()).isOne();
        }
    }

    private void openTheForm(String lang) {
        browser.get("http://localhost:" + port + "/signup?lang=" + lang);
    }

    private static void fillIn(String email, String firstName, String language) {
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("first_name")).sendKeys(firstName);
        new Select(browser.findElement(By.id("language"))).selectByValue(language);
        browser.findElement(By.cssSelector("button.primary")).click();
    }

    /** The link in the one confirmation email written, once it is written. */
    private String confirmationLink() throws Exception {
        signups.awaitSent();
        List<Path> emails;
        try (Stream<Path> files = Files.list(home.home().resolve("out/signup/emails"))) {
            emails = files.toList();
        }
        assertThat(emails).hasSize(1);
        try (InputStream in = Files.newInputStream(emails.get(0))) {
            MimeMessage email = new MimeMessage(Session.getInstance(new Properties()), in);
            Matcher link = LINK.matcher((String) ((Multipart) email.getContent()).getBodyPart(0).getContent());
            assertThat(link.find()).isTrue();
            return link.group();
        }
    }

    private long newsletterConsents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consent WHERE channel = 'newsletter' AND source = 'double-opt-in'", Long.class);
    }
}
