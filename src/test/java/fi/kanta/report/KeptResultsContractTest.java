package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.ImportOutcome;
import fi.kanta.customer.importing.Importer;
import fi.kanta.erasure.Erasures;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each run's result against its holdout, kept in run_result, equals the report computed live after every
 * writer: the run's end, a purchases import with a conversion in the window, an erasure of a customer who
 * converted (marked stale, then computed again as the home page's background does), a report with the
 * default window ({@code kanta report}), and a run without a row (made before the table) computed once. Run on HSQLDB ({@link HsqldbKeptResultsTest}) and PostgreSQL
 * ({@link PostgresKeptResultsTest}), with {@code kanta.erasure.purchases=delete} so that an erasure changes
 * the result.
 */
abstract class KeptResultsContractTest {

    /** A run selected a week ago: its 30 days' window is open. */
    static final LocalDateTime SELECTED = LocalDateTime.now().minusDays(7).withNano(0);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignRuns runs;

    @Autowired
    KeptResults kept;

    @Autowired
    RunResults results;

    @Autowired
    RunReports reports;

    @Autowired
    Importer importer;

    @Autowired
    Erasures erasures;

    @Autowired
    fi.kanta.KantaHome home;

    @BeforeEach
    void shop() throws IOException {
        jdbc.update("DELETE FROM erasure");
        jdbc.update("DELETE FROM data_subject_request");
        TestDatabase.clean(jdbc);
        TestShop shop = new TestShop(jdbc);
        TestCampaigns.define(home.home(), "post", TestCampaigns.POST);
        for (int i = 0; i < 20; i++) {
            long id = shop.customer("K" + i, "Kaisa", "Koe" + i, null, "Katu " + (i + 1), "00100", "fi");
            shop.score(id, 0.5, 1000 - i, "At risk");
        }
    }

    @Test
    void aRunsEndKeepsItsResultEqualToTheReportComputedLive() {
        launch("r1");

        List<KeptResults.Latest> latest = kept.latest();

        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).run()).isEqualTo("post/r1");
        assertThat(latest.get(0).due()).as("written at the run's end").isFalse();
        assertThat(latest.get(0).result()).contains(live("r1"));
        assertThat(latest.get(0).result().orElseThrow().targets() + latest.get(0).result().orElseThrow().holdout()).isEqualTo(20);
    }

    @Test
    void aPurchasesImportWithAConversionInTheWindowChangesTheKeptResult() throws IOException {
        launch("r1");
        RunResult before = kept.latest().get(0).result().orElseThrow();
        assertThat(before.targetConversion()).isZero();

        imported(ImportKind.PURCHASES, "order_id,customer_id,purchased_at,amount\nP1," + target() + "," + SELECTED.plusDays(2).toLocalDate()
                + ",49.90\nP2," + target() + "," + SELECTED.minusDays(3).toLocalDate() + ",20.00\n");

        KeptResults.Latest after = kept.latest().get(0);
        assertThat(after.due()).isFalse();
        assertThat(after.result()).contains(live("r1"));
        assertThat(after.result().orElseThrow().targetConversion()).as("one target bought in the window")
                .isEqualTo(1.0 / before.targets());
    }

    @Test
    void anErasureOfACustomerWhoConvertedMarksTheResultStaleAndItIsComputedAgain() throws IOException {
        launch("r1");
        String buyer = target();
        imported(ImportKind.PURCHASES, "order_id,customer_id,purchased_at,amount\nP1," + buyer + "," + SELECTED.plusDays(1).toLocalDate()
                + ",49.90\n");
        RunResult converted = kept.latest().get(0).result().orElseThrow();
        assertThat(converted.targetConversion()).isPositive();

        erasures.erase(jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, buyer), "asked", "customer");

        KeptResults.Latest marked = kept.latest().get(0);
        assertThat(marked.due()).as("marked stale by the erasure").isTrue();
        assertThat(marked.result()).as("shown as kept until computed again").contains(converted);
        assertThat(kept.computeDue()).isOne();
        KeptResults.Latest computed = kept.latest().get(0);
        assertThat(computed.due()).isFalse();
        assertThat(computed.result()).contains(live("r1"));
        assertThat(computed.result().orElseThrow().targetConversion()).as("the erased buyer's purchase went with them").isZero();
    }

    @Test
    void aRunWithoutAKeptResultIsComputedOnceAndOnlyTheLatestAreRead() {
        for (String runKey : List.of("r1", "r2", "r3", "r4")) {
            launch(runKey);
        }
        jdbc.update("DELETE FROM run_result");

        List<KeptResults.Latest> latest = kept.latest();
        assertThat(latest).extracting(KeptResults.Latest::run).containsExactly("post/r4", "post/r3", "post/r2");
        assertThat(latest).allSatisfy(run -> {
            assertThat(run.result()).as("not computed yet").isEmpty();
            assertThat(run.due()).isTrue();
        });

        assertThat(kept.computeDue()).isEqualTo(KeptResults.LATEST);
        assertThat(kept.computeDue()).as("once").isZero();
        assertThat(kept.latest()).allSatisfy(run -> assertThat(run.result()).contains(live(run.run().substring("post/".length()))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_result", Long.class)).as("the older run is not read").isEqualTo(3);
    }

    @Test
    void aReportWithTheDefaultWindowKeepsWhatItComputedAndAnotherWindowDoesNot() {
        launch("r1");
        jdbc.update("DELETE FROM run_result");

        reports.report("post", "r1", OptionalInt.of(7), false);
        assertThat(kept.latest().get(0).result()).as("a window of its own is not the home page's").isEmpty();

        reports.report("post", "r1", OptionalInt.empty(), false);
        assertThat(kept.latest().get(0).result()).contains(live("r1"));
        assertThat(kept.latest().get(0).due()).isFalse();
    }

    @Test
    void aRunWhoseReportCannotBeMadeIsTriedOnceAndLeftOutUntilItHasAResult() throws IOException {
        launch("r1");
        jdbc.update("DELETE FROM run_result");
        // its campaign's definition gone: neither kept with the run nor in jobs/
        jdbc.update("DELETE FROM campaign_run_definition");
        Files.delete(home.home().resolve("jobs/post.yml"));

        assertThat(kept.latest()).singleElement().satisfies(run -> assertThat(run.due()).isTrue());
        assertThat(kept.computeDue()).isZero();
        assertThat(kept.latest()).as("left out, not \"not computed yet\" for ever").isEmpty();
        assertThat(kept.computeDue()).as("not tried again on every page").isZero();
    }

    private void launch(String runKey) {
        // the selection time orders the runs: each a minute after the one before
        Launch launch = runs.launch(campaigns.named("post"), runKey, SELECTED.plusMinutes(Long.parseLong(runKey.substring(1))));
        assertThat(launch.status()).as(launch.problem()).isEqualTo(Launch.Status.DONE);
    }

    /** The external id of the first target of the run. */
    private String target() {
        return jdbc.queryForObject("SELECT c.external_id FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " WHERE r.recipient_group = 'TARGET' ORDER BY c.external_id FETCH FIRST 1 ROWS ONLY", String.class);
    }

    private RunResult live(String runKey) {
        Campaign campaign = campaigns.named("post");
        return RunResult.of(results.report(campaign, runKey, results.defaultWindowDays(), LocalDateTime.now(campaign.zone())));
    }

    private void imported(ImportKind kind, String rows) throws IOException {
        Path file = Files.writeString(home.home().resolve(kind.label() + "-" + System.nanoTime() + ".csv"), rows, StandardCharsets.UTF_8);
        assertThat(importer.importFile(kind, file, null).status()).isEqualTo(ImportOutcome.Status.IMPORTED);
    }
}
