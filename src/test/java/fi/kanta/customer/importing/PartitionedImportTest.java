package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestDatabase;
import fi.kanta.TestPostgres;
import fi.kanta.demo.DemoShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
        Path file = customersWithThreeBrokenDates(Files.createDirectories(home.resolve("bad")));

        ImportOutcome stopped = importer.importFile(ImportKind.CUSTOMERS, file, 1L);
        ImportOutcome resumed = importer.importFile(ImportKind.CUSTOMERS, file, 100L);

        assertThat(stopped.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(resumed.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(stopped.read() + resumed.read()).isEqualTo(3000);
        assertThat(resumed.rejected()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class)).isEqualTo(2997);
        assertThat(Files.readAllLines(resumed.rejectReport())).hasSize(4).anyMatch(line -> line.startsWith("3001,customer_since,broken"));
    }

    /**
     * Order ids repeated across the stripes that partitions import at once, and once on the far side
     * of a resume: whichever partition gets there first, the first line of each order is imported
     * and every later one rejected naming it, and the counts agree with the database.
     */
    @Test
    void aKeyRepeatedAcrossPartitionsAndAResumeIsKeptFromItsFirstLine() throws Exception {
        StringBuilder customers = new StringBuilder("customer_id\n");
        for (int c = 0; c < 10; c++) {
            customers.append('C').append(c).append('\n');
        }
        importer.importFile(ImportKind.CUSTOMERS, Files.writeString(Files.createDirectories(home.resolve("dup"))
                .resolve("customers.csv"), customers), null);
        // 6,000 rows; each 500-row stripe's first 20 rows repeat the orders of the file's first 20 (O0-O19),
        // bought by other customers; row 5,900 has a bad amount. A limit of 0 stops the first run at its first
        // repeated key, so the resumed run finds keys of both runs
        StringBuilder purchases = new StringBuilder("order_id,customer_id,purchased_at,amount\n");
        for (int row = 0; row < 6000; row++) {
            int order = row % 500 < 20 ? row % 500 : row;
            purchases.append('O').append(order).append(",C").append(row % 10).append(",2026-11-01,")
                    .append(row == 5900 ? "bad" : "1.00").append('\n');
        }
        Path file = Files.writeString(home.resolve("dup/purchases.csv"), purchases);

        ImportOutcome stopped = importer.importFile(ImportKind.PURCHASES, file, 0L);
        ImportOutcome resumed = importer.importFile(ImportKind.PURCHASES, file, 10_000L);

        assertThat(stopped.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(resumed.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(stopped.read() + resumed.read()).isEqualTo(6000);
        long repeated = 11 * 20;
        assertThat(resumed.rejected()).isEqualTo(repeated + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class)).isEqualTo(6000 - repeated - 1);
        // each order belongs to the customer of its first line (row n: C(n % 10)); orders 0-19 are first on lines 2-21
        assertThat(jdbc.queryForList("SELECT p.order_id || ' ' || c.external_id FROM purchase p JOIN customer c"
                + " ON c.id = p.customer_id WHERE p.order_id IN ('O0', 'O7', 'O520') ORDER BY 1", String.class))
                .containsExactly("O0 C0", "O520 C0", "O7 C7");
        List<String> report = Files.readAllLines(resumed.rejectReport());
        assertThat(report).contains("503,order_id,O1,\"order O1 already appears on line 3; a repeated order id is most likely an"
                + " order line: give one row per order, with the order's total\"");
        assertThat(report.stream().filter(line -> line.contains("already appears"))
                .map(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
                .allMatch(line -> (line - 2) % 500 < 20 && line >= 502)).isTrue();
    }

    /** customers.csv in the folder: 3,000 customers, of whom C1000, C2000 and C3000 have a broken date (which rejects a row). */
    static Path customersWithThreeBrokenDates(Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("customer_id,customer_since\n");
        for (int i = 1; i <= 3000; i++) {
            csv.append('C').append(i).append(',').append(i % 1000 == 0 ? "broken" : "2024-01-31").append('\n');
        }
        return Files.writeString(folder.resolve("customers.csv"), csv);
    }
}
