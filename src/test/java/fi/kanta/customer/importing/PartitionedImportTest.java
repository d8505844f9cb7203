package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestDatabase;
import fi.kanta.TestPostgres;
import fi.kanta.demo.DemoShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL an import runs as stripes of rows in parallel sessions: every row still arrives once,
 * rejects from every partition are in one report, and a resumed import reads each row once in all.
 */
@SpringBootTest(properties = {"kanta.import.partitions=3", "kanta.import.chunk-size=500"})
@ActiveProfiles("postgres")
class PartitionedImportTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        TestPostgres.register(registry);
    }

    @Autowired
    Importer importer;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clean(jdbc);
    }

    @Test
    void everyRowArrivesOnceAcrossPartitions() throws Exception {
        DemoShop.Files shop = DemoShop.generate(home.resolve("shop"), 800, LocalDate.of(2026, 11, 22), 11);
        importer.importFile(ImportKind.CUSTOMERS, shop.customers(), null);

        ImportOutcome purchases = importer.importFile(ImportKind.PURCHASES, shop.purchases(), null);

        assertThat(purchases.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(purchases.read()).isEqualTo(shop.purchaseRows());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class)).isEqualTo(shop.purchaseRows());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'importRowsStep:%'"
                + " AND job_execution_id = (SELECT MAX(job_execution_id) FROM batch_job_execution)", Long.class)).isEqualTo(3);
    }

    @Test
    void rejectsOfAllPartitionsShareOneReportAndAResumedImportReadsEachRowOnce() throws Exception {
        Path file = customersWithThreeBrokenEmails(Files.createDirectories(home.resolve("bad")));

        ImportOutcome stopped = importer.importFile(ImportKind.CUSTOMERS, file, 1L);
        ImportOutcome resumed = importer.importFile(ImportKind.CUSTOMERS, file, 100L);

        assertThat(stopped.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(resumed.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(stopped.read() + resumed.read()).isEqualTo(3000);
        assertThat(resumed.rejected()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class)).isEqualTo(2997);
        assertThat(Files.readAllLines(resumed.rejectReport())).hasSize(4).anyMatch(line -> line.startsWith("3001,email,broken"));
    }

    /** customers.csv in the folder: 3,000 customers, of whom C1000, C2000 and C3000 have a broken email. */
    static Path customersWithThreeBrokenEmails(Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("customer_id,email\n");
        for (int i = 1; i <= 3000; i++) {
            csv.append('C').append(i).append(',').append(i % 1000 == 0 ? "broken" : "c" + i + "@shop.fi.example").append('\n');
        }
        return Files.writeString(folder.resolve("customers.csv"), csv);
    }
}
