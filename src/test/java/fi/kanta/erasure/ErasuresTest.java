package fi.kanta.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.customer.ErasedPeople;
import fi.kanta.erasure.CustomerErasure.Receipt;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The erasure's contract on the database: an erasure that stopped half way is finished by the next
 * (same receipt), a message being sent at that moment is waited for and its outcome kept on the
 * tombstone, purchases move under the surrogate id, and a confirmed double opt-in forgives.
 */
@SpringBootTest
class ErasuresTest {

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
    ErasedPeople erased;

    TestShop shop;

    @BeforeEach
    void clean() {
        for (String table : new String[] {"customer_interest", "customer_preference", "data_subject_request", "erasure"}) {
            jdbc.update("DELETE FROM " + table);
        }
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
    }

    @Test
    void anErasureThatStoppedHalfWayIsFinishedWithItsReceipt() {
        long customer = shop.customer("X-1", "Maija", "Keskeytys", "maija.keskeytys@example.com", "Kesken 1", "00100", "fi");
        shop.consent(customer, "newsletter", true);
        shop.purchase(customer, "2026-03-01T10:00", "25.00", "shoes");
        shop.score(customer, 0.5, 100, "Loyal");
        // what step 1 leaves when the process dies right after it
        jdbc.update("INSERT INTO erasure (receipt_id, external_id_hash, erased_at, requested_by, state, customer_id)"
                + " VALUES ('E-20260101-STOPPED1', ?, ?, 'customer', 'STARTED', ?)",
                erased.hash(ErasedPeople.Kind.EXTERNAL_ID, "X-1"), Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0)), customer);

        Receipt receipt = erasures.erase(customer, "asked", "customer");

        assertThat(receipt.receiptId()).isEqualTo("E-20260101-STOPPED1");
        assertThat(receipt.externalId()).isEqualTo("X-1");
        assertThat(count("SELECT COUNT(*) FROM customer WHERE id = " + customer)).isZero();
        assertThat(count("SELECT COUNT(*) FROM consent WHERE customer_id = " + customer)).isZero();
        assertThat(count("SELECT COUNT(*) FROM customer_score WHERE customer_id = " + customer)).isZero();
        long erasureId = jdbc.queryForObject("SELECT id FROM erasure WHERE receipt_id = 'E-20260101-STOPPED1'", Long.class);
        assertThat(count("SELECT COUNT(*) FROM purchase WHERE customer_id = " + (-(erasureId + 1)))).as("kept under the surrogate").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT state FROM erasure WHERE id = ?", String.class, erasureId)).isEqualTo("DONE");
        assertThat(count("SELECT COUNT(*) FROM erasure")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM data_subject_request WHERE kind = 'ERASURE' AND receipt_id = 'E-20260101-STOPPED1'"
                + " AND done_at IS NOT NULL AND customer_id IS NULL")).isEqualTo(1);
        assertThat(erasures.receiptOf("X-1").receiptId()).isEqualTo("E-20260101-STOPPED1");
    }

    @Test
    void aMessageBeingSentIsWaitedForAndItsOutcomeKeptOnTheTombstone() throws Exception {
        long customer = shop.customer("X-2", "Lasse", "Lähtevä", "lasse.lahteva@example.com", "Posti 2", "00100", "fi");
        long pending = shop.customer("X-3", "Pekka", "Jonossa", "pekka.jonossa@example.com", "Posti 3", "00100", "fi");
        jdbc.update("INSERT INTO campaign_run (campaign, run_key, counts_for_cap, selected_at, kind) VALUES ('weekly', 'w1', FALSE, ?, 'newsletter')",
                Timestamp.valueOf(LocalDateTime.of(2026, 2, 1, 8, 0)));
        long run = jdbc.queryForObject("SELECT id FROM campaign_run WHERE run_key = 'w1'", Long.class);
        recipient(run, customer, "lasse.lahteva@example.com", 1, "SENDING");
        recipient(run, pending, "pekka.jonossa@example.com", 2, "PENDING");

        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread erasing = new Thread(() -> {
            try {
                outcome.set(erasures.eraseAll(java.util.List.of("X-2", "X-3"), null, "test"));
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        });
        erasing.start();
        // the erasure has withdrawn the pending row: the sending one is what it waits for
        while (count("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'WITHDRAWN'") == 0) {
            Thread.sleep(50);
        }
        assertThat(count("SELECT COUNT(*) FROM customer WHERE id = " + customer)).as("not erased while sending").isEqualTo(1);
        jdbc.update("UPDATE campaign_recipient SET status = 'SENT', detail = '250 2.0.0 Ok: <lasse.lahteva@example.com>'"
                + " WHERE customer_id = ?", customer);
        erasing.join();

        assertThat(outcome.get()).isInstanceOf(Erasures.Outcome.class);
        assertThat(jdbc.queryForList("SELECT status FROM campaign_recipient WHERE run_id = ? ORDER BY ranking", String.class, run))
                .containsExactly("SENT", "WITHDRAWN");
        assertThat(count("SELECT COUNT(*) FROM campaign_recipient WHERE customer_id >= 0 OR address_key NOT LIKE 'erased-%'"
                + " OR detail IS NOT NULL")).isZero();
    }

    @Test
    void aConfirmedDoubleOptInForgivesTheEmailAddress() {
        long customer = shop.customer("X-4", "Olli", "Palaava", "Olli.Palaava@example.com", "Paluu 4", "00100", "fi");
        erasures.erase(customer, null, "customer");
        assertThat(erased.known().erasedOn(ErasedPeople.Kind.EMAIL, "olli.palaava@example.com")).isNotNull();
        assertThat(erased.known().erasedOn(ErasedPeople.Kind.EXTERNAL_ID, "X-4")).isNotNull();
        assertThat(erased.known().erasedOn(ErasedPeople.Kind.EMAIL, "someone.else@example.com")).isNull();

        assertThat(erasures.forgive(" Olli.Palaava@Example.com ")).isEqualTo(1);

        assertThat(erased.known().erasedOn(ErasedPeople.Kind.EMAIL, "olli.palaava@example.com")).isNull();
        assertThat(erased.known().isEmpty()).isTrue();
    }

    @Test
    void theSignUpsFromTheAddressTheMonthlyScoresAndThePicksGoTooAndServeCompactsAfterwards() {
        long customer = shop.customer("X-6", "Sanna", "Tilaaja", "Sanna.Tilaaja@example.com", "Tilaus 6", "00100", "fi");
        jdbc.update("INSERT INTO signup (code, channel, email, email_key, first_name, language, requested_at, requested_from, expires_at)"
                + " VALUES ('c0de', 'newsletter', 'Sanna.Tilaaja@example.com', 'sanna.tilaaja@example.com', 'Sanna', 'fi',"
                + " CURRENT_TIMESTAMP, '192.0.2.7', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO customer_score_month (customer_id, month, as_of, rfm_segment, p_alive, clv_12m)"
                + " VALUES (?, DATE '2026-11-01', DATE '2026-11-30', 'Loyal', 0.5, 100)", customer);
        long other = shop.customer("X-16", "Olga", "Muu", "olga.muu@example.com", "Muu 9", "00100", "fi");
        jdbc.update("INSERT INTO customer_pick (customer_id, product_ids, as_of) VALUES (?, ARRAY[7, 3], DATE '2026-11-30'),"
                + " (?, ARRAY[3], DATE '2026-11-30')", customer, other);
        erasures.compact();
        assertThat(erasures.compactIfOwed()).as("nothing erased since the last compaction").isFalse();

        erasures.erase(customer, null, "customer");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signup", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_score_month", Long.class)).isZero();
        assertThat(jdbc.queryForList("SELECT customer_id FROM customer_pick", Long.class)).containsExactly(other);
        assertThat(erasures.compactIfOwed()).as("an erasure from a page leaves the compaction to serve's round").isTrue();
        assertThat(erasures.compactIfOwed()).isFalse();
    }

    @Test
    void confirmingASignUpIsAskingToComeBack(@Autowired java.util.List<fi.kanta.signup.AfterConfirmation> afterConfirmation) {
        long customer = shop.customer("X-7", "Pekka", "Paluu", "pekka.paluu@example.com", "Paluu 7", "00100", "fi");
        erasures.erase(customer, null, "customer");
        assertThat(erased.known().erasedOn(ErasedPeople.Kind.EMAIL, "pekka.paluu@example.com")).isNotNull();

        afterConfirmation.forEach(hook -> hook.confirmed("pekka.paluu@example.com", java.util.List.of(), LocalDateTime.now()));

        assertThat(erased.known().erasedOn(ErasedPeople.Kind.EMAIL, "pekka.paluu@example.com")).isNull();
    }

    @Test
    void reapplyErasesAgainWhoARestoredBackupBringsBack() {
        long customer = shop.customer("X-5", "Riikka", "Palautus", "riikka.palautus@example.com", "Varmuus 5", "00100", "fi");
        String first = erasures.erase(customer, null, "customer").receiptId();
        // a backup from before the erasure, restored: the customer is back and the erasure table has lost it
        jdbc.update("DELETE FROM erasure");
        long restored = shop.customer("X-5", "Riikka", "Palautus", "riikka.palautus@example.com", "Varmuus 5", "00100", "fi");
        long housemate = shop.customer("X-6", "Antti", "Asukas", "antti.asukas@example.com", "Varmuus 5", "00100", "fi");

        java.util.List<Erasures.Reapplied> again = erasures.reapply();

        assertThat(again).singleElement().satisfies(r -> {
            assertThat(r.externalId()).isEqualTo("X-5");
            assertThat(r.firstReceiptId()).isEqualTo(first);
        });
        assertThat(count("SELECT COUNT(*) FROM customer WHERE id = " + restored)).isZero();
        assertThat(count("SELECT COUNT(*) FROM customer WHERE id = " + housemate)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM erasure WHERE receipt_id = '" + first + "'")).as("back from the ledger").isEqualTo(1);
        assertThat(erasures.reapply()).isEmpty();
    }

    @Test
    void theCopyListsAnOrdersLinesAndErasingWithoutKeepingPurchasesDeletesTheLinesToo(@Autowired CustomerDataExport export,
                                                                                      @Autowired PersonalRows rows) {
        long customer = shop.customer("X-8", "Olli", "Ostaja", "olli.ostaja@example.com", "Osto 8", "00100", "fi");
        long other = shop.customer("X-9", "Anna", "Muu", "anna.muu@example.com", "Muu 9", "00100", "fi");
        shop.purchase(customer, "2026-11-01T10:00", "30.00", "Shoes"); // order T1
        shop.purchase(other, "2026-11-02T10:00", "10.00", "Shoes"); // order T2
        jdbc.update("INSERT INTO product (sku, name, category, in_stock, updated_at) VALUES ('P1', 'Running shoe', 'Shoes', TRUE,"
                + " CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO order_line (order_id, line_no, sku, quantity, price) VALUES ('T1', 1, 'P1', 2, 10.00),"
                + " ('T1', 2, 'GONE', 1, 10.00), ('T2', 1, 'P1', 1, 10.00)");

        assertThat(export.byId(customer).orElseThrow().purchases()).singleElement().satisfies(order -> assertThat(order.lines())
                .extracting(line -> line.sku() + " " + line.name() + " x" + line.quantity())
                .containsExactly("P1 Running shoe x2", "GONE null x1"));

        rows.remove(rows.people(java.util.List.of(customer)), java.util.List.of(new PersonalRows.Started(-5, "E-test", LocalDateTime.now(),
                "test")), false, LocalDateTime.now());

        assertThat(jdbc.queryForList("SELECT order_id FROM order_line", String.class)).as("only the other customer's").containsExactly("T2");
        assertThat(count("SELECT COUNT(*) FROM purchase")).isEqualTo(1);
    }

    private void recipient(long run, long customer, String key, int ranking, String status) {
        jdbc.update("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value,"
                + " value_tier, favourite_category, status, status_at) VALUES (?, ?, 'email', ?, 'TARGET', ?, 1, 'gold', 'shoes', ?, ?)",
                run, customer, key, ranking, status, Timestamp.valueOf(LocalDateTime.of(2026, 2, 1, 8, 0)));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
