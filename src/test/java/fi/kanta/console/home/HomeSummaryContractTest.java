package fi.kanta.console.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.customer.CustomerData;
import fi.kanta.customer.ShopSummary;
import fi.kanta.customer.ShopSummary.Fact;
import fi.kanta.customer.Suppressions;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.ImportOutcome;
import fi.kanta.customer.importing.Importer;
import fi.kanta.erasure.Erasures;
import fi.kanta.retention.Retention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The home page's counts come from the kept summary, and every writer keeps it equal to the live
 * counts: an import recounts at its end, so its numbers are right at once; erasure, retention and
 * single-row writes mark the facts stale, and the recount serve runs in the background (here called
 * directly, or waited for) makes them right again. Run on HSQLDB ({@link HsqldbHomeSummaryTest}) and
 * PostgreSQL ({@link PostgresHomeSummaryTest}).
 */
abstract class HomeSummaryContractTest {

    @TempDir
    static Path files;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HomeFacts facts;

    @Autowired
    ShopSummary summary;

    @Autowired
    Importer importer;

    @Autowired
    Erasures erasures;

    @Autowired
    Retention retention;

    @Autowired
    Suppressions suppressions;

    @BeforeEach
    void clean() {
        jdbc.update("DELETE FROM erasure");
        jdbc.update("DELETE FROM data_subject_request");
        TestDatabase.clean(jdbc);
        summary.recount(Fact.COUNTS);
    }

    @Test
    void eachImportLeavesTheHomePagesCountsEqualToTheLiveCounts() throws IOException {
        imported(ImportKind.CUSTOMERS, """
                customer_id,first_name,email
                C1,Anna,anna@example.fi
                C2,Bo,bo@example.se
                C3,Cecilia,cecilia@example.fi
                """);
        assertKeptEqualsLive(3, 0, 0, 0);

        imported(ImportKind.PURCHASES, """
                order_id,customer_id,purchased_at,amount
                O1,C1,2026-11-01,10.00
                O2,C1,2026-11-02,20.00
                O3,C2,2026-11-03,30.00
                """);
        assertKeptEqualsLive(3, 3, 0, 0);

        imported(ImportKind.CONSENTS, """
                customer_id,channel,granted,given_at,source
                C1,email,yes,2026-01-01 10:00,web form
                C2,email,yes,2026-01-01 10:00,web form
                """);
        assertKeptEqualsLive(3, 3, 2, 0);

        imported(ImportKind.SUPPRESSIONS, """
                email,reason,date
                cecilia@example.fi,bounced,2026-01-01
                x@example.fi,complained,2026-01-02
                """);
        assertKeptEqualsLive(3, 3, 2, 2);
    }

    @Test
    void anErasureMarksTheCountsStaleAndTheRecountMakesThemRight() {
        TestShop shop = new TestShop(jdbc);
        long aino = shop.customer("E1", "Aino", "Aalto", "aino@example.fi", "Katu 1", "00100", "fi");
        long bertil = shop.customer("E2", "Bertil", "Berg", "bertil@example.fi", "Gatan 2", "65100", "sv");
        shop.purchase(aino, "2026-11-01T10:00:00", "25.00", "books");
        shop.purchase(bertil, "2026-11-02T10:00:00", "35.00", "toys");
        shop.consent(aino, "email", true);
        shop.consent(bertil, "email", true);
        summary.recount(Fact.COUNTS);
        assertKeptEqualsLive(2, 2, 2, 0);

        erasures.erase(aino, "asked", "customer");

        assertThat(summary.kept().stale()).containsAll(Fact.COUNTS);
        // read past the page, which would start the recount in the background
        assertThat(summary.kept().counts()).as("shown until recounted").isNotEqualTo(CustomerData.counts(jdbc));
        assertThat(summary.recountStale()).containsExactlyInAnyOrderElementsOf(Fact.COUNTS);
        // the erased customer's purchases stay under a surrogate id
        assertKeptEqualsLive(1, 2, 1, 0);
    }

    @Test
    void aSuppressionFromTheConsoleAndARetentionMarkTheirFactsStale() {
        TestShop shop = new TestShop(jdbc);
        long aino = shop.customer("S1", "aino@example.fi");
        summary.recount(Fact.COUNTS);

        suppressions.suppressCustomer(aino, "console:anna", LocalDateTime.of(2026, 12, 1, 10, 0));

        assertThat(summary.kept().stale()).containsExactly(Fact.SUPPRESSIONS);
        summary.recountStale();
        assertKeptEqualsLive(1, 0, 0, 1);

        // an old feedback comment for retention to remove: the retention then marks every fact
        jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, comment, answered_at) VALUES (?, 'feedback', 'a', 3, 'old', ?)",
                aino, LocalDateTime.of(2020, 1, 1, 10, 0));
        Retention.Outcome outcome = retention.expire(false, Instant.parse("2026-12-06T10:00:00Z"));

        assertThat(outcome.total()).isPositive();
        assertThat(summary.kept().stale()).containsAll(Fact.COUNTS);
        summary.recountStale();
        assertKeptEqualsLive(1, 0, 0, 1);
    }

    @Test
    void thePageShowsTheKeptCountsAndRecountsStaleOnesInTheBackground() throws Exception {
        TestShop shop = new TestShop(jdbc);
        shop.customer("B1", "b1@example.fi");
        // written past every writer, then marked as a writer would
        summary.changed(Fact.CUSTOMERS, Fact.CONSENTS);

        assertThat(facts.status().data()).as("the kept count, until the recount").contains(new CustomerData.Count("customers", 0));

        for (int i = 0; i < 200 && !summary.kept().stale().isEmpty(); i++) {
            Thread.sleep(50); // the background recount: waited for, not timed
        }
        assertThat(summary.kept().stale()).doesNotContain(Fact.CUSTOMERS, Fact.CONSENTS);
        assertThat(facts.status().data()).isEqualTo(CustomerData.counts(jdbc));
    }

    private void imported(ImportKind kind, String rows) throws IOException {
        Path file = Files.writeString(files.resolve(kind.label() + "-" + System.nanoTime() + ".csv"), rows, StandardCharsets.UTF_8);
        assertThat(importer.importFile(kind, file, null).status()).isEqualTo(ImportOutcome.Status.IMPORTED);
    }

    /** The counts as the home page shows them equal the live counts and the expected ones, with none of them stale. */
    private void assertKeptEqualsLive(long customers, long purchases, long consents, long suppressionRows) {
        assertThat(summary.kept().stale()).doesNotContainAnyElementsOf(Fact.COUNTS);
        List<CustomerData.Count> live = CustomerData.counts(jdbc);
        assertThat(kept()).isEqualTo(live).containsExactly(new CustomerData.Count("customers", customers),
                new CustomerData.Count("purchases", purchases), new CustomerData.Count("consents", consents),
                new CustomerData.Count("suppressions", suppressionRows));
    }

    private List<CustomerData.Count> kept() {
        return facts.status().data();
    }
}
