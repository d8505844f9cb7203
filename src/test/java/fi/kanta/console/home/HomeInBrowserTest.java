package fi.kanta.console.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.TestCampaigns;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import fi.kanta.customer.ShopSummary;
import fi.kanta.report.KeptResults;
import fi.kanta.report.RunResult;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import fi.kanta.console.ConsoleInBrowser;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home page in a real browser: what the database holds, counted; NPS by month drawn as bars (a
 * month of promoters above the zero line, a month of detractors below it) with the same numbers in a
 * table; the latest runs' results as kept, a run without one saying so until the background computed
 * it; and the empty parts saying so.
 */
class HomeInBrowserTest extends ConsoleInBrowser {

    @Autowired
    HomeFacts facts;

    @Autowired
    KeptResults kept;

    @Autowired
    ShopSummary summary;

    @Autowired
    CampaignRuns runs;

    @Autowired
    Campaigns campaigns;

    /** The home of the application context, which a context cached from another test class may have made. */
    @Autowired
    KantaHome kantaHome;

    @BeforeEach
    void countAfresh() {
        facts.forget();
    }

    @Test
    void showsWhatTheDatabaseHoldsAndNpsByMonth() {
        TestShop shop = new TestShop(jdbc);
        long aino = shop.customer("C1", "Aino", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        long bertil = shop.customer("C2", "Bertil", "Öberg", "bertil@example.fi", "Gatan 2", "65100", "sv");
        shop.purchase(aino, "2026-11-01T10:00:00", "25.00", "books");
        shop.purchase(aino, "2026-11-20T10:00:00", "35.00", "books");
        shop.purchase(bertil, "2026-11-21T10:00:00", "45.00", "toys");
        shop.consent(aino, "email", true);
        shop.suppressCustomer(bertil, "UNSUBSCRIBED");
        LocalDateTime thisMonth = LocalDateTime.now().truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        answer(aino, "last-month", 10, thisMonth.minusMonths(1));
        answer(bertil, "last-month", 9, thisMonth.minusMonths(1));
        answer(aino, "this-month", 2, thisMonth);
        // the rows went in past the writers that keep the home page's summary: counted here instead
        facts.forget();

        signIn(ADMIN);

        assertThat(heading()).isEqualTo("Home");
        assertThat(cards()).contains("Customers\n2", "Purchases\n3", "Consents\n1", "Suppressions\n1", "Not scored yet");
        assertThat(browser.findElements(By.cssSelector("svg.chart rect.bar"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("svg.chart rect.bar.negative"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("svg.chart")).getText()).contains("100", "-100");
        assertThat(shown()).contains("No run is in progress.", "No campaign has run yet.", "Nothing imported yet.");
        looksRight("home-data");
    }

    @Test
    void showsTheLatestRunsResultsAsKeptAndARunNotComputedYetUntilTheBackgroundComputedIt() throws Exception {
        TestCampaigns.define(kantaHome.home(), "post", TestCampaigns.POST);
        TestShop shop = new TestShop(jdbc);
        for (int i = 0; i < 20; i++) {
            long id = shop.customer("K" + i, "Kaisa", "Koe" + i, null, "Katu " + (i + 1), "00100", "fi");
            shop.score(id, 0.5, 1000 - i, "At risk");
        }
        LocalDateTime selected = LocalDateTime.now().minusDays(7).withNano(0);
        assertThat(runs.launch(campaigns.named("post"), "r1", selected).status()).isEqualTo(Launch.Status.DONE);
        long buyer = jdbc.queryForObject("SELECT customer_id FROM campaign_recipient WHERE recipient_group = 'TARGET'"
                + " ORDER BY customer_id FETCH FIRST 1 ROWS ONLY", Long.class);
        shop.purchase(buyer, selected.plusDays(1).toString(), "49.90", "books");
        // written past the import: told as the import's end tells it
        kept.purchasesChanged();
        assertThat(runs.launch(campaigns.named("post"), "r2", selected.plusHours(1)).status()).isEqualTo(Launch.Status.DONE);
        // as a run made before the runs' results were kept
        jdbc.update("DELETE FROM run_result WHERE run_id = (SELECT id FROM campaign_run WHERE run_key = 'r2')");
        summary.recount(ShopSummary.Fact.COUNTS);

        signIn(ADMIN);

        assertThat(results()).contains("post/r2 Not computed yet", "post/r1 (so far) " + shownAsKept("r1"));
        assertThat(kept.latest().get(1).result().orElseThrow().targetConversion()).as("the buyer counted").isPositive();
        scrollToResults();
        looksRight("home-results-not-computed");

        for (int i = 0; i < 400 && kept.latest().stream().anyMatch(KeptResults.Latest::due); i++) {
            Thread.sleep(50); // the page asked the background to compute it: waited for, not timed
        }
        browser.navigate().refresh();

        assertThat(results()).doesNotContain("Not computed yet").contains("post/r2 (so far) " + shownAsKept("r2"),
                "post/r1 (so far) " + shownAsKept("r1"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_result WHERE stale = FALSE", Long.class)).isEqualTo(2);
        scrollToResults();
        looksRight("home-results");
    }

    @Test
    void anEmptyShopSaysWhatIsMissing() {
        signIn(VIEWER);

        assertThat(cards()).contains("Customers\n0");
        assertThat(shown()).contains("No answers to the feedback question yet.", "No campaign is scheduled.");
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).isEmpty();
        looksRight("home-empty");
    }

    /** The run's targets, holdout and conversions as its kept row says them, as the page writes them in English. */
    private String shownAsKept(String runKey) {
        RunResult result = kept.latest().stream().filter(run -> run.run().equals("post/" + runKey)).findFirst().orElseThrow().result()
                .orElseThrow();
        // and no money figure beside "too small for a conclusion"
        return String.format(java.util.Locale.ENGLISH, "%d %d %.1f%% / %.1f%% the holdout is too small for a conclusion –", result.targets(),
                result.holdout(), result.targetConversion() * 100, result.holdoutConversion() * 100);
    }

    /** The results are the page's last part: the screenshot shows them. */
    private static void scrollToResults() {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.cssSelector("section[aria-labelledby=results-heading]")));
    }

    private static String results() {
        return browser.findElement(By.cssSelector("section[aria-labelledby=results-heading]")).getText();
    }

    private static String cards() {
        return browser.findElement(By.cssSelector("section.cards")).getText();
    }

    private void answer(long customer, String runKey, int score, LocalDateTime at) {
        jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, answered_at) VALUES (?, 'feedback', ?, ?, ?)",
                customer, runKey, score, at);
    }
}
