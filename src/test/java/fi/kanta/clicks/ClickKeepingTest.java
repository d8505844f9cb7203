package fi.kanta.clicks;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.TestChoices;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import fi.kanta.erasure.Erasures;
import fi.kanta.report.ClickCounts;
import fi.kanta.report.ReportText;
import fi.kanta.report.RunReport;
import fi.kanta.report.RunResults;
import fi.kanta.retention.Cutoff;
import fi.kanta.retention.ExpiringRows;
import fi.kanta.shop.ShopSettings;
import java.time.Duration;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * What happens to clicks after they are recorded (docs/architecture.md "Clicks"): the run's report
 * counts them per link with the scanners' apart, an erasure deletes the customer's, and they are
 * kept {@code kanta.clicks.retention-days} (the nightly retention) and no longer, nor once the customer says "do not profile me".
 */
@SpringBootTest(properties = "kanta.clicks.retention-days=90")
class ClickKeepingTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Erasures erasures;

    @Autowired
    RunResults results;

    @Autowired
    Campaigns campaigns;

    @Autowired
    KantaHome kantaHome;

    TestShop shop;
    long run;
    long aino;
    long eino;

    @BeforeEach
    void twoCustomersWhoClicked() throws java.io.IOException {
        jdbc.update("DELETE FROM erasure");
        TestDatabase.clean(jdbc);
        FileSystemUtils.copyRecursively(Path.of("jobs"), kantaHome.home().resolve("jobs"));
        shop = new TestShop(jdbc);
        aino = shop.customer("C1", "Aino", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        eino = shop.customer("C2", "Eino", "Nieminen", "eino@example.fi", "Katu 2", "00100", "fi");
        jdbc.update("INSERT INTO campaign_run (campaign, run_key, counts_for_cap, selected_at, kind) VALUES ('win-back', 'w1', TRUE, ?,"
                + " 'win-back')", Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 8, 0)));
        run = jdbc.queryForObject("SELECT id FROM campaign_run WHERE run_key = 'w1'", Long.class);
        for (long customer : new long[] {aino, eino}) {
            jdbc.update("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value,"
                    + " offer_code, value_tier, status, status_at) VALUES (?, ?, 'email', ?, 'TARGET', ?, 1, ?, 'gold', 'SENT', ?)", run,
                    customer, "key-" + customer, (int) customer, "WB-" + customer, Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 9, 0)));
        }
        click(aino, "button", LocalDateTime.of(2026, 11, 2, 10, 0), false);
        click(aino, "logo", LocalDateTime.of(2026, 11, 3, 10, 0), false);
        click(eino, "button", LocalDateTime.of(2026, 11, 1, 9, 0, 30), true);
    }

    @Test
    void theRunsReportCountsReadersClicksPerLinkAndTheScannersApart() {
        RunReport report = results.report(campaigns.named("win-back"), "w1", 30, LocalDateTime.of(2026, 11, 20, 12, 0));

        assertThat(report.clicks()).isEqualTo(new ClickCounts(1, 2, 1, List.of(new ClickCounts.LinkClicks("button", 1),
                new ClickCounts.LinkClicks("logo", 1))));
        assertThat(ReportText.format(report)).contains("messages with a click (counted links)", "  button", "  logo",
                "clicks left out (most likely mail scanners checking the links)");
        jdbc.update("DELETE FROM click");
        assertThat(ReportText.format(results.report(campaigns.named("win-back"), "w1", 30, LocalDateTime.of(2026, 11, 20, 12, 0))))
                .doesNotContain("click");
    }

    @Test
    void anErasureDeletesTheCustomersClicksAndNoOneElses() {
        erasures.eraseAll(List.of("C1"), "test", "test");

        assertThat(jdbc.queryForList("SELECT customer_id FROM click", Long.class)).containsExactly(eino);
    }

    @Test
    void clicksAreKeptTheRetentionDaysAndNotForSomeoneWhoSaidDoNotProfileMe(@Autowired List<ExpiringRows> expiring,
            @Autowired ShopSettings shopSettings) {
        ExpiringRows clicks = expiring.stream().filter(rows -> rows.what().equals("clicks")).findFirst().orElseThrow();
        assertThat(clicks.keptFor()).isEqualTo(Duration.ofDays(90));
        assertThat(clicks.tables()).containsExactly("click");
        // 90 days before 31 January 12:00 is 2 November 12:00: 1 November's click and 2 November's morning go
        Cutoff cutoff = new Cutoff(LocalDateTime.of(2027, 1, 31, 12, 0).atZone(shopSettings.timeZone()).toInstant()
                .minus(clicks.keptFor()), shopSettings.timeZone());
        assertThat(clicks.countOlderThan(cutoff)).isEqualTo(2);
        assertThat(clicks.removeOlderThan(cutoff)).isEqualTo(2);
        assertThat(links()).containsExactly(aino + " logo");

        new TestChoices(jdbc).noProfiling(aino);
        Cutoff longAgo = new Cutoff(Instant.parse("2020-01-01T00:00:00Z"), shopSettings.timeZone());
        assertThat(clicks.removeOlderThan(longAgo)).isEqualTo(1);
        assertThat(links()).isEmpty();
    }

    @Test
    void noCountedLinksWhenTheShopDoesNotCountClicksOrTheCustomerIsNotProfiled(@Autowired ClickTracking tracking) {
        assertThat(tracking.forEmail(run, aino, true, LocalDate.of(2026, 11, 1))).as("kanta.clicks.enabled is off by default").isEmpty();
        ClickTracking on = new ClickTracking(new ClickSettings(true, 180, List.of()), null, null);
        assertThat(on.forEmail(run, aino, false, LocalDate.of(2026, 11, 1))).isEmpty();
        assertThat(ClickTracking.shortName("  ")).isEqualTo("link");
        assertThat(ClickTracking.shortName("ä".repeat(30))).isEqualTo("ä".repeat(20));
    }

    private void click(long customer, String link, LocalDateTime at, boolean suspect) {
        jdbc.update("INSERT INTO click (run_id, customer_id, link, clicked_at, suspect) VALUES (?, ?, ?, ?, ?)", run, customer, link,
                Timestamp.valueOf(at), suspect);
    }

    private List<String> links() {
        return jdbc.query("SELECT customer_id, link FROM click ORDER BY customer_id, link", (row, n) -> row.getLong(1) + " " + row.getString(2));
    }
}
