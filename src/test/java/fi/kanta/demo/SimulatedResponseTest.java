package fi.kanta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.Importer;
import fi.kanta.report.Comparison;
import fi.kanta.report.ReportText;
import fi.kanta.report.RunReport;
import fi.kanta.report.RunResults;
import fi.kanta.scoring.Scorer;
import fi.kanta.selection.RecipientSelection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo shop after a campaign, simulated with a known lift for targets: the report's 95 %
 * intervals contain the lift that was put in, and exclude zero. Deterministic: a shop of a fixed
 * day and seed, a fixed run key (the holdout hash) and a fixed simulation seed; with about 1,000
 * customers in each group the lift (about +13 points of conversion) is several standard errors
 * from zero.
 */
@SpringBootTest
class SimulatedResponseTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @TempDir
    static Path home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Importer importer;

    @Autowired
    Scorer scorer;

    @Autowired
    Campaigns campaigns;

    @Autowired
    RecipientSelection selection;

    @Autowired
    ResponseSimulation simulation;

    @Autowired
    RunResults results;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @Test
    void theReportRecoversTheKnownLiftWithinItsInterval() throws IOException {
        TestDatabase.clean(jdbc);
        DemoShop.Files shop = DemoShop.generate(home.resolve("input"), 2500, DAY, DemoShop.DEFAULT_SEED);
        importer.importFile(ImportKind.CUSTOMERS, shop.customers(), null);
        importer.importFile(ImportKind.PURCHASES, shop.purchases(), null);
        importer.importFile(ImportKind.CONSENTS, shop.consents(), null);
        scorer.score(DAY);
        TestCampaigns.define(home, "trial", """
                name: trial
                kind: win-back
                period: weekly
                segment: { all: [ { field: frequency, op: ">=", value: 1 } ] }
                holdout: 0.5
                channels:
                  - { type: letter, template: win-back, cost: 1.00 }
                offer: { code-prefix: TR, discount: "20 %", valid-days: 30 }
                """);
        Campaign campaign = campaigns.named("trial");
        selection.write(campaign, "2026-W47", DAY.atTime(10, 0));

        ResponseSimulation.Response response = simulation.simulate("trial", "2026-W47", 30, 42);
        RunReport report = results.report(campaign, "2026-W47", 30, LocalDateTime.of(2027, 1, 1, 0, 0));

        System.out.println(ReportText.format(report) + response);
        Comparison all = report.overall();
        assertThat(all.holdout().customers()).isGreaterThan(800);
        assertThat(all.target().customers()).isGreaterThan(800);
        assertThat(response.offerPurchases()).isEqualTo(all.offersRedeemed()).isPositive();
        assertThat(response.conversionLift()).isBetween(0.05, 0.15);
        assertThat(all.conversionDifference().contains(response.conversionLift()))
                .as("conversion lift %.4f in %s", response.conversionLift(), all.conversionDifference()).isTrue();
        assertThat(all.revenueDifference().contains(response.revenueLift()))
                .as("revenue lift %.2f in %s", response.revenueLift(), all.revenueDifference()).isTrue();
        assertThat(all.tooSmall()).isFalse();
        assertThat(all.conversionDifference().includesZero()).isFalse();
        assertThat(all.revenueDifference().includesZero()).isFalse();
        assertThat(ReportText.format(report)).contains("targets did better").doesNotContain("too small");

        // simulating the same run again adds nothing
        long purchases = jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class);
        assertThat(simulation.simulate("trial", "2026-W47", 30, 42).alreadySimulated()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class)).isEqualTo(purchases);
    }
}
