package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestShop;
import fi.kanta.links.LinkSecret;
import fi.kanta.links.LinkSettings;
import fi.kanta.links.PreferenceLinks;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer's preferences page in a real browser: the link opens the choices in the customer's
 * language and records nothing; every choice is saved (the rows asserted); "stop all offers"
 * withdraws every marketing channel in one step; turning emails on, seeing, downloading and erasing
 * the data need the one-time code mailed to the address on file, and wrong codes are refused with
 * the tries limited; forged, altered, expired and other-customer links and confirmations are
 * refused; a letter's short address opens the page and is rate-limited; and saving works with
 * JavaScript blocked. Each page is checked for WCAG 2.1 AA and photographed. "Forget me" runs the
 * real erasure.
 */
class PreferencesPageInBrowserTest extends BrowserPages {

    private static final Pattern CODE = Pattern.compile("Koodisi on (\\d{6})");

    @Autowired
    PreferenceLinks links;

    @Autowired
    LinkSettings settings;

    @Autowired
    LinkSecret secret;

    @Autowired
    ClientTries tries;

    @BeforeEach
    void purchasesAndAFreshStart() throws IOException {
        TestShop shop = new TestShop(jdbc);
        shop.purchase(aino, "2026-01-10T10:00:00", "20.00", "Kirjat");
        shop.purchase(aino, "2026-02-10T10:00:00", "30.00", "Kengät");
        tries.clear();
        Path mails = home.out("preferences");
        if (Files.isDirectory(mails)) {
            try (Stream<Path> files = Files.list(mails)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void theLinkOpensTheChoicesInTheCustomersLanguageAndRecordsNothing() {
        openThePage();

        showsTheScriptNameAsText();
        assertThat(language()).isEqualTo("fi");
        assertThat(checked("channel", "email")).isTrue();
        assertThat(checked("channel", "newsletter")).isTrue();
        assertThat(checked("channel", "letter")).isTrue(); // opt-out: no row is a yes
        assertThat(checked("channel", "feedback")).isTrue();
        assertThat(shown()).contains("Kirjat").contains("Kengät").doesNotContain("aino@example.fi");
        assertThat(consents()).containsExactly("email true test", "newsletter true test");
        assertThat(preference()).isEmpty();
        wholePageFits("preferences");
    }

    @Test
    void theInterestsAreNamedInThePagesLanguageFromTheCategoryFileAndSavedUnderTheDataName() throws IOException {
        Path names = home.home().resolve("templates").resolve("categories.csv");
        Files.createDirectories(names.getParent());
        Files.writeString(names, "category;fi;sv;en\nKirjat;Kirjallisuus;Böcker;Books\n");
        try {
            openThePage();
            assertThat(shown()).contains("Kirjallisuus").contains("Kengät"); // Kengät has no name: as the data writes it

            click("input[name=interest][value='Kirjat']");
            click("input[name=language][value=sv]");
            submit("save");
            waitFor("Sparat. Tack!");

            assertThat(shown()).contains("Böcker").doesNotContain("Kirjallisuus");
            assertThat(jdbc.queryForList("SELECT category FROM customer_interest WHERE customer_id = ?", String.class, aino))
                    .containsExactly("Kirjat");
            wholePageFits("preferences-interests-named");
        } finally {
            Files.delete(names);
        }
    }

    @Test
    void everyChoiceIsSavedWithItsSourceAndTime() {
        openThePage();
        click("input[name=channel][value=newsletter]");
        click("input[name=channel][value=feedback]");
        click("input[name=interest][value='Kirjat']");
        click("input[name=often][value='2']");
        click("input[name=language][value=sv]");
        click("input[name=noProfiling]");
        submit("save");
        waitFor("Sparat. Tack!");

        assertThat(language()).isEqualTo("sv"); // the page speaks the language just chosen
        assertThat(consents()).containsExactly("email true test", "feedback false preferences-page",
                "newsletter false preferences-page", "newsletter true test");
        assertThat(newest("newsletter")).isFalse();
        assertThat(newest("feedback")).isFalse();
        assertThat(preference()).containsExactly("noOffers=false noProfiling=true max=2 language=sv source=preferences-page");
        assertThat(jdbc.queryForList("SELECT category FROM customer_interest WHERE customer_id = ?", String.class, aino))
                .containsExactly("Kirjat");
        assertThat(checked("channel", "newsletter")).isFalse();
        assertThat(checked("often", "2")).isTrue();
        wholePageFits("preferences-saved");

        click("input[name=often][value=none]");
        click("input[name=interest][value='Kirjat']");
        submit("save");
        waitFor("Sparat. Tack!");
        assertThat(preference()).containsExactly("noOffers=false noProfiling=true max=null language=sv source=preferences-page");
        assertThat(jdbc.queryForList("SELECT category FROM customer_interest WHERE customer_id = ?", String.class, aino)).isEmpty();
    }

    @Test
    void stoppingAllOffersWithdrawsEveryMarketingChannelInOneStepAndKeepsThePurchases() {
        openThePage();
        submit("stop");
        waitFor("Valmista: emme lähetä sinulle enää tarjouksia.");

        assertThat(consents()).containsExactly("email false preferences-page", "email true test", "letter false preferences-page",
                "newsletter false preferences-page", "newsletter true test");
        assertThat(preference()).containsExactly("noOffers=true noProfiling=false max=null language=null source=preferences-page");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase WHERE customer_id = ?", Long.class, aino)).isEqualTo(2);
        assertThat(checked("noOffers", "yes")).isTrue();
    }

    @Test
    void turningEmailsOnNeedsTheOneTimeCode() throws IOException {
        openThePage();
        click("input[name=channel][value=newsletter]");
        submit("save");
        waitFor("Tallennettu. Kiitos!");
        click("input[name=channel][value=newsletter]");
        submit("save");
        waitFor("Sähköposteja ei otettu käyttöön");
        assertThat(newest("newsletter")).isFalse();

        confirmWithTheCode();
        click("input[name=channel][value=newsletter]");
        submit("save");
        waitFor("Tallennettu. Kiitos!");

        assertThat(newest("newsletter")).isTrue();
        assertThat(shown()).doesNotContain("Sähköposteja ei otettu käyttöön");
    }

    @Test
    void theDataNeedsTheCodeWrongCodesAreRefusedAndTheTriesAreLimited() throws IOException {
        openThePage();
        submit("send-code");
        waitFor("Lähetimme koodin sähköpostiisi.");
        wholePageFits("preferences-code-sent");
        String right = mailedCode();
        String wrong = right.equals("000000") ? "111111" : "000000";

        typeCode(wrong);
        waitFor("Koodi ei ole oikein.");
        assertThat(shown()).doesNotContain("aino@example.fi");
        for (int i = 0; i < 4; i++) {
            typeCode(wrong);
        }
        typeCode(right); // too late: five wrong tries used the code up
        waitFor("Koodi ei ole enää voimassa");
        assertThat(shown()).doesNotContain("aino@example.fi");

        confirmWithTheCode();
        assertThat(shown()).contains("aino@example.fi").contains("Katu 1").contains("Mitä lähetimme sinulle");
        wholePageFits("preferences-data");
    }

    @Test
    void theDataShowsConsentsCampaignsAndAnswersAndDownloadsAsJsonOnlyWithTheCode() throws Exception {
        jdbc.update("INSERT INTO campaign_run (campaign, run_key, counts_for_cap, selected_at, kind) VALUES ('win-back', 'w1', TRUE,"
                + " CURRENT_TIMESTAMP, 'win-back')");
        long run = jdbc.queryForObject("SELECT id FROM campaign_run WHERE campaign = 'win-back'", Long.class);
        jdbc.update("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value,"
                + " offer_code, value_tier, status, status_at) VALUES (?, ?, 'email', 'aino@example.fi', 'TARGET', 1, 1.0, 'WB-123',"
                + " 'gold', 'SENT', CURRENT_TIMESTAMP)", run, aino);
        jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, comment, answered_at) VALUES (?, 'feedback', 'w1', 9,"
                + " '<b>hyvä</b>', CURRENT_TIMESTAMP)", aino);
        openThePage();
        String token = tokenOfThisPage();
        assertThat(post(token, Map.of("do", "download")).statusCode()).isEqualTo(403);

        confirmWithTheCode();
        assertThat(shown()).contains("win-back").contains("WB-123").contains("<b>hyvä</b>");
        String confirmed = browser.findElement(By.cssSelector("input[name=confirmed]")).getDomProperty("value");
        HttpResponse<String> download = post(token, Map.of("do", "download", "confirmed", confirmed));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .contains("attachment").contains("my-data.json"));
        assertThat(download.body()).containsPattern("\"email\"\\s*:\\s*\"aino@example.fi\"").contains("\"WB-123\"")
                .contains("\"win-back\"").containsPattern("\"source\"\\s*:\\s*\"test\"").containsPattern("\"score\"\\s*:\\s*9")
                .contains("Kengät"); // the purchases too
        assertThat(post(token, Map.of("do", "download", "confirmed", altered("x/" + confirmed).substring(2))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void forgetMeTakesASecondConfirmingStepAndShowsTheReceipt() throws Exception {
        openThePage();
        String token = tokenOfThisPage();
        assertThat(post(token, Map.of("do", "forget", "sure", "yes")).statusCode()).isEqualTo(403);
        confirmWithTheCode();
        submit("forget-ask");
        waitForHeading("Unohda minut");
        wholePageFits("preferences-forget");
        String confirmed = browser.findElement(By.cssSelector("input[name=confirmed]")).getDomProperty("value");
        assertThat(post(token, Map.of("do", "forget", "confirmed", confirmed)).statusCode()).isEqualTo(400); // the box not ticked
        assertThat(customers()).isOne();

        click("input[name=sure]");
        submit("forget");
        waitForHeading("Sinut on unohdettu");

        String receipt = jdbc.queryForObject("SELECT receipt_id FROM erasure WHERE requested_by = 'customer'"
                + " AND reason = 'customer''s request'", String.class);
        assertThat(browser.findElement(By.cssSelector(".receipt")).getText()).isEqualTo(receipt);
        assertThat(customers()).isZero();
        assertThat(consents()).isEmpty();
        wholePageFits("preferences-forgotten");
        open(links.emailUrl(aino, false)); // the page of someone forgotten opens nothing
        showsLinkNotValid();
    }

    @Test
    void forgedAlteredExpiredAndOtherCustomersLinksAreRefusedAndRecordNothing() throws Exception {
        long bertil = new TestShop(jdbc).customer("C2", "Bertil", "Berg", "bertil@example.se", "Gatan 2", "00200", "sv");
        String forged = new PreferenceLinks(settings, anotherSecret(), jdbc).emailUrl(aino, false);
        Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(settings.preferencesLinkDays() + 1)), ZoneId.systemDefault());
        String expired = new PreferenceLinks(settings, secret, jdbc, longAgo).emailUrl(aino, false);

        for (String link : List.of(forged, altered(links.emailUrl(aino, false)), expired)) {
            open(link);
            showsLinkNotValid();
            String token = URI.create(link).getPath().substring(PreferenceLinks.PATH.length());
            assertThat(post(token, Map.of("do", "stop")).statusCode()).isEqualTo(404);
        }
        // Bertil's confirmation opens nothing of Aino's
        String bertilsProof = links.confirmed(bertil, Duration.ofMinutes(5));
        String ainos = URI.create(links.emailUrl(aino, false)).getPath().substring(PreferenceLinks.PATH.length());
        HttpResponse<String> other = post(ainos, Map.of("do", "download", "confirmed", bertilsProof));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("aino@example.fi");
        assertThat(consents()).containsExactly("email true test", "newsletter true test");
        assertThat(preference()).isEmpty();
        // a test message's link shows the test page and records nothing
        open(links.emailUrl(aino, true));
        assertThat(shown()).isNotEmpty();
        assertThat(post(URI.create(links.emailUrl(aino, true)).getPath().substring(PreferenceLinks.PATH.length()),
                Map.of("do", "stop")).statusCode()).isEqualTo(200);
        assertThat(consents()).containsExactly("email true test", "newsletter true test");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        String token = URI.create(links.emailUrl(aino, false)).getPath().substring(PreferenceLinks.PATH.length());

        HttpResponse<String> channel = post(token, Map.of("do", "save", "channel", "<script>alert(1)</script>"));
        HttpResponse<String> often = post(token, Map.of("do", "save", "channel", "letter", "often", "7"));
        HttpResponse<String> category = post(token, Map.of("do", "save", "interest", "Aseet"));

        assertThat(channel.statusCode()).isEqualTo(400);
        assertThat(channel.body()).contains("channel: no such channel &lt;script&gt;").doesNotContain("<script>alert");
        assertThat(often.statusCode()).isEqualTo(400);
        assertThat(often.body()).contains("how often");
        assertThat(category.statusCode()).isEqualTo(400);
        assertThat(category.body()).contains("interests: no such category Aseet");
        assertThat(consents()).containsExactly("email true test", "newsletter true test");
        assertThat(preference()).isEmpty();
    }

    @Test
    void aLettersShortAddressOpensThePageAndTooManyTriesAreTurnedAway() {
        String address = links.letterAddress(aino);
        assertThat(address).matches(".*/p/[0-9A-HJKMNP-TV-Z]{10}");

        open(address.toLowerCase()); // typed in small letters
        waitForHeading("Omat valintasi");
        assertThat(browser.getCurrentUrl()).contains(PreferenceLinks.PATH);
        open(address.substring(0, address.length() - 1) + (address.endsWith("Z") ? "Y" : "Z"));
        showsLinkNotValid();

        for (int i = 2; i < ClientTries.TRIES; i++) {
            open(address.substring(0, address.length() - 2) + "00");
        }
        open(address);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Liian monta yritystä");
        wholePageFits("too-many-tries");
    }

    @Test
    void fromALettersShortAddressNoMoreLettersIsOnePress() {
        open(links.letterAddress(aino));
        waitForHeading("Omat valintasi");
        // the first button of the page opened from a letter
        assertThat(browser.findElements(By.cssSelector("main button")).get(0).getText()).isEqualTo("Ei enää kirjeitä");
        wholePageFits("preferences-from-letter");

        submit("stop-letters");
        waitFor("Valmista: emme lähetä sinulle enää kirjeitä.");

        assertThat(consents()).containsExactly("email true test", "letter false preferences-page", "newsletter true test");
        assertThat(newest("letter")).isFalse();
        assertThat(preference()).isEmpty(); // nothing else changed: no "no offers at all"
        assertThat(checked("channel", "letter")).isFalse();
        assertThat(checked("channel", "newsletter")).isTrue();
        assertThat(shown()).contains("Emme lähetä sinulle kirjeitä postissa.");
        assertThat(browser.findElements(By.cssSelector("button[value=stop-letters]"))).isEmpty();
        wholePageFits("preferences-letters-stopped");
    }

    /** The page has no script of its own: a browser that runs none saves the same. */
    @Nested
    class WithoutJavaScript extends ScriptsBlocked {

        @Test
        void theChoicesAreStillSaved() {
            openThePage();
            click("input[name=channel][value=letter]");
            click("input[name=noOffers]");
            submit("save");
            waitFor("Tallennettu. Kiitos!");

            assertThat(consents()).contains("email false preferences-page", "letter false preferences-page",
                    "newsletter false preferences-page");
            assertThat(preference()).containsExactly("noOffers=true noProfiling=false max=null language=null source=preferences-page");
        }
    }

    /** {@link #fitsTheContentSecurityPolicy} with the window as tall as the page, so that its screenshot shows all of it. */
    private static void wholePageFits(String name) {
        Dimension before = browser.manage().window().getSize();
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(before.getWidth(), ((Number) height).intValue() + 150));
        try {
            fitsTheContentSecurityPolicy(name);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private void openThePage() {
        open(links.emailUrl(aino, false));
        waitForHeading("Omat valintasi");
    }

    /** Asks for a code, reads it from the mail and types it: the page then shows the data. */
    private void confirmWithTheCode() throws IOException {
        submit("send-code");
        waitFor("Lähetimme koodin sähköpostiisi.");
        typeCode(mailedCode());
        waitFor("Mitä tietoja meillä on sinusta");
    }

    private void typeCode(String code) {
        browser.findElement(By.id("code")).sendKeys(code);
        submit("check-code");
    }

    /** Presses the button that does {@code what} and waits until the next page has replaced this one. */
    private static void submit(String what) {
        WebElement page = browser.findElement(By.tagName("html"));
        click("button[value=" + what + "]");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> gone(page));
    }

    /**
     * Whether the element's page has been replaced. Chromium answers an element of a page that is
     * gone sometimes with a stale reference and sometimes with "Node with given id does not belong
     * to the document" (an unknown error), which Selenium's own stalenessOf does not count as gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The code in the newest mail to Aino (.eml files: no mail server is set in the tests). */
    private String mailedCode() throws IOException {
        // each read takes the mails away, so that the one left is always the newest
        try (Stream<Path> files = Files.list(home.out("preferences"))) {
            List<Path> mails = files.toList();
            assertThat(mails).hasSize(1);
            Path newest = mails.get(0);
            String mail = Files.readString(newest, StandardCharsets.UTF_8);
            Files.delete(newest);
            assertThat(mail).contains("To: aino@example.fi").doesNotContain("List-Unsubscribe");
            List<String> codes = new ArrayList<>();
            Matcher found = CODE.matcher(mail);
            while (found.find()) {
                codes.add(found.group(1));
            }
            assertThat(codes).isNotEmpty();
            return codes.get(0);
        }
    }

    private String tokenOfThisPage() {
        String url = browser.getCurrentUrl();
        return url.substring(url.indexOf(PreferenceLinks.PATH) + PreferenceLinks.PATH.length());
    }

    private HttpResponse<String> post(String token, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PreferenceLinks.PATH + token))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void click(String css) {
        browser.findElement(By.cssSelector(css)).click();
    }

    private static void waitFor(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    private static boolean checked(String name, String value) {
        return browser.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']")).isSelected();
    }

    private long customers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE id = ?", Long.class, aino);
    }

    private List<String> consents() {
        return jdbc.query("SELECT channel, granted, source FROM consent WHERE customer_id = ?", (row, n) -> row.getString(1)
                + " " + row.getBoolean(2) + " " + row.getString(3), aino).stream().sorted().toList();
    }

    private Boolean newest(String channel) {
        return jdbc.queryForObject("SELECT granted FROM consent_newest WHERE customer_id = ? AND channel = ?", Boolean.class, aino, channel);
    }

    private List<String> preference() {
        return jdbc.query("SELECT no_offers, no_profiling, max_per_30_days, language, source FROM customer_preference WHERE customer_id = ?",
                (row, n) -> "noOffers=" + row.getBoolean(1) + " noProfiling=" + row.getBoolean(2) + " max=" + row.getObject(3) + " language="
                        + row.getString(4) + " source=" + row.getString(5), aino);
    }
}
