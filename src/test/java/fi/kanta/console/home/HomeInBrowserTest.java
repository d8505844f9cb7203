package fi.kanta.console.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestShop;
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
 * table; and the empty parts saying so.
 */
class HomeInBrowserTest extends ConsoleInBrowser {

    @Autowired
    HomeFacts facts;

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
    void anEmptyShopSaysWhatIsMissing() {
        signIn(VIEWER);

        assertThat(cards()).contains("Customers\n0");
        assertThat(shown()).contains("No answers to the feedback question yet.", "No campaign is scheduled.");
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).isEmpty();
        looksRight("home-empty");
    }

    private static String cards() {
        return browser.findElement(By.cssSelector("section.cards")).getText();
    }

    private void answer(long customer, String runKey, int score, LocalDateTime at) {
        jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, answered_at) VALUES (?, 'feedback', ?, ?, ?)",
                customer, runKey, score, at);
    }
}
