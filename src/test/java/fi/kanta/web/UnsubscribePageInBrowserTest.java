package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.links.LinkSettings;
import fi.kanta.render.ShopImages;
import fi.kanta.render.ShopServer;
import java.awt.Color;
import java.net.URI;
import fi.kanta.links.UnsubscribeLinks;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The unsubscribe page in a real browser: opening the link asks in the customer's language and
 * records nothing, the newsletter button withdraws the newsletter only, the customer's name is
 * text and never a script, and a link that is not genuine shows the not-valid page; the button
 * works with JavaScript blocked too. The pages wear the shop's look: its name at the top and its
 * colour (a green no default has) on the name, the heading and the main button, and its logo beside
 * the name, fetched once from the shop's own https server and given from this site, at a phone's width
 * and a desktop's.
 */
@TestPropertySource(properties = {"kanta.brand.color=#0a5c36", "kanta.sender.name=" + UnsubscribePageInBrowserTest.SHOP})
class UnsubscribePageInBrowserTest extends BrowserPages {

    /** The shop's own server, with its logo: a green 160 x 48 picture. */
    private static final ShopServer SHOP_SITE = ShopServer.start(temporaryFolder())
            .serve("/logo.png", "image/png", ShopServer.png(new Color(10, 92, 54)));

    @DynamicPropertySource
    static void logo(DynamicPropertyRegistry settings) {
        settings.add("kanta.brand.logo", () -> SHOP_SITE.url("/logo.png"));
    }

    /** Kanta fetching from the shop's server, whose certificate was made for the test. */
    @TestConfiguration
    static class ShopSite {
        @Bean
        @Primary
        ShopImages shopSiteImages() {
            return SHOP_SITE.images();
        }
    }

    static final String SHOP = "Vihreä Puoti";
    private static final String GREEN = "rgb(10, 92, 54)";
    private static final List<String> CONSENTED = List.of("email true test", "newsletter true test");

    @Autowired
    UnsubscribeLinks links;

    @Test
    void openingTheLinkAsksInTheCustomersLanguageAndRecordsNothing() {
        open(newsletterLink());

        showsTheScriptNameAsText();
        assertThat(language()).isEqualTo("fi");
        assertThat(shown()).contains("Haluatko lopettaa uutiskirjeemme tilauksen?")
                .contains("Mikään ei muutu ennen kuin painat painiketta.");
        assertThat(browser.findElement(By.cssSelector("button[value=channel]")).getText()).isEqualTo("Lopeta uutiskirje");
        assertThat(consents()).isEqualTo(CONSENTED);
        assertThat(suppressions()).isZero();
    }

    @Test
    void theNewsletterButtonWithdrawsTheNewsletterAndLeavesTheOtherChannels() {
        stopTheNewsletter();

        showsTheNewsletterWithdrawn();
    }

    @Test
    void aForgedOrAlteredLinkShowsTheNotValidPageAndRecordsNothing() {
        String forged = new UnsubscribeLinks(new LinkSettings("https://kanta-demo.example", null), anotherSecret())
                .url(aino, "newsletter", "win-back", "2026-W48");

        for (String link : List.of(altered(newsletterLink()), forged)) {
            open(link);
            showsLinkNotValid();
        }
        assertThat(consents()).isEqualTo(CONSENTED);
    }

    @Test
    void everyPageFitsTheContentSecurityPolicyAndKeepsItsLook() {
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // what earlier tests left in the console
        open(newsletterLink());
        fitsTheContentSecurityPolicy("unsubscribe");
        browser.findElement(By.cssSelector("button[value=channel]")).click();
        waitForHeading("Tilaus peruttu");
        fitsTheContentSecurityPolicy("unsubscribed");
        open(altered(newsletterLink()));
        showsLinkNotValid();
        fitsTheContentSecurityPolicy("link-invalid");
    }

    @Test
    void thePagesShowTheShopsNameAtTheTopAndWearItsColourOnPhonesAndDesktops() {
        Dimension before = browser.manage().window().getSize();
        open(newsletterLink());
        int fetched = SHOP_SITE.asked("/logo.png");
        try {
            for (Dimension size : List.of(new Dimension(375, 812), new Dimension(1280, 900))) {
                browser.manage().window().setSize(size);
                open(newsletterLink());
                wearsTheShopsLook();
                assertThat(colour("button.primary", "background-color")).isEqualTo(GREEN);
                assertThat(colour("button.primary", "color")).isEqualTo("rgb(255, 255, 255)");
                fitsTheContentSecurityPolicy("unsubscribe-shop-" + size.getWidth());

                open(altered(newsletterLink()));
                showsLinkNotValid();
                wearsTheShopsLook();
                fitsTheContentSecurityPolicy("link-invalid-shop-" + size.getWidth());
            }
            // Kanta asked the shop's server for the logo once, not once a page
            assertThat(fetched).isEqualTo(1);
            assertThat(SHOP_SITE.asked("/logo.png")).isEqualTo(fetched);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** The page has no script of its own: a browser that runs none unsubscribes the same. */
    @Nested
    class WithoutJavaScript extends ScriptsBlocked {

        @Test
        void theNewsletterButtonStillWithdrawsTheNewsletter() {
            stopTheNewsletter();

            showsTheNewsletterWithdrawn();
        }
    }

    /** The shop's name is the first thing on the page, above the heading, and the name and the heading are in its colour. */
    private static void wearsTheShopsLook() {
        WebElement shop = browser.findElement(By.cssSelector("header.shop"));
        WebElement heading = browser.findElement(By.tagName("h1"));
        assertThat(shop.isDisplayed()).isTrue();
        assertThat(shop.getText()).isEqualTo(SHOP);
        assertThat(shown()).startsWith(SHOP + "\n");
        assertThat(shop.getRect().getY() + shop.getRect().getHeight()).isLessThanOrEqualTo(heading.getRect().getY());
        assertThat(colour("header.shop", "color")).isEqualTo(GREEN);
        assertThat(colour("h1", "color")).isEqualTo(GREEN);
        // the logo beside the name, from this site (the page loads nothing from another): loaded, whole
        WebElement logo = shop.findElement(By.tagName("img"));
        assertThat(logo.isDisplayed()).isTrue();
        assertThat(logo.getAttribute("src")).doesNotContain("127.0.0.1:" + URI.create(SHOP_SITE.url("/")).getPort()).endsWith("/web/logo");
        assertThat(((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth;", logo)).isEqualTo(160L);
    }

    private static java.nio.file.Path temporaryFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("shop-site");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A property's value as the browser computed it for the first element the selector finds. */
    private static String colour(String selector, String property) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);", selector, property);
    }

    private String newsletterLink() {
        return links.url(aino, "newsletter", "win-back", "2026-W48");
    }

    private void stopTheNewsletter() {
        open(newsletterLink());
        browser.findElement(By.cssSelector("button[value=channel]")).click();
        waitForHeading("Tilaus peruttu");
    }

    private void showsTheNewsletterWithdrawn() {
        assertThat(shown()).contains("Et saa enää uutiskirjettämme.").doesNotContain("Tämä oli jo kirjattu");
        assertThat(consents()).containsExactly("email true test", "newsletter false unsubscribe-link", "newsletter true test");
        assertThat(suppressions()).isZero();
    }

    /** Aino's consent rows as "channel granted source", in order. */
    private List<String> consents() {
        return jdbc.query("SELECT channel, granted, source FROM consent WHERE customer_id = ?", (row, n) -> row.getString(1)
                + " " + row.getBoolean(2) + " " + row.getString(3), aino).stream().sorted().toList();
    }

    private long suppressions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM suppression", Long.class);
    }
}
