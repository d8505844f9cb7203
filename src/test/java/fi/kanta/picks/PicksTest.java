package fi.kanta.picks;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.MovingClock;
import fi.kanta.TestBaskets;
import fi.kanta.TestChoices;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pick run on a small shop written by hand: co-purchases lead, never a product the customer bought
 * in the window, never one out of stock (at the run, and again when a message is rendered), nothing for
 * a customer who said "do not profile me", stated interests count; and the same rules over every row of
 * a random shop.
 */
@SpringBootTest
class PicksTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @Autowired
    Picks picks;

    @Autowired
    PicksInMessages inMessages;

    @Autowired
    JdbcTemplate jdbc;

    TestShop shop;
    TestBaskets baskets;

    @BeforeEach
    void smallShop() {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        baskets = new TestBaskets(jdbc);
        baskets.product("BOOT", "Winter boots", "Shoes", "129.00");
        baskets.product("SOCK", "Wool socks", "Shoes", "12.90");
        baskets.product("LACE", "Laces", "Shoes", "4.50", false);
        baskets.product("HAT", "Beanie", "Hats", "24.00");
        baskets.product("SCARF", "Scarf", "Hats", "39.00");
        baskets.product("BOOK1", "Cook book", "Books", "30.00");
        baskets.product("BOOK2", "Bread book", "Books", "28.00");
        for (int i = 0; i < 30; i++) {
            baskets.order(shop.customer("S" + i, null), AS_OF.minusDays(20 + i), "BOOT", "SOCK", "LACE");
        }
        for (int i = 0; i < 20; i++) {
            baskets.order(shop.customer("H" + i, null), AS_OF.minusDays(30 + i), "HAT", "SCARF");
        }
        for (int i = 0; i < 10; i++) {
            baskets.order(shop.customer("R" + i, null), AS_OF.minusDays(40 + i), "BOOK1", "BOOK2");
        }
    }

    @Test
    void aCustomerGetsWhatOthersBoughtWithTheirsButNeverTheirOwnNorWhatIsSoldOut() {
        long boots = shop.customer("X", null);
        baskets.order(boots, AS_OF.minusDays(10), "BOOT");

        PickReport report = picks.compute(AS_OF);

        assertThat(skus(boots).get(0)).as("bought with boots by 30 customers").isEqualTo("SOCK");
        assertThat(skus(boots)).doesNotContain("BOOT", "LACE");
        assertThat(report.customers()).isEqualTo(61);
        assertThat(report.withPicks()).isEqualTo(61);
    }

    @Test
    void aProductBoughtBeforeTheWindowMayBePickedAgainAndLinesAfterTheDayDoNotCount() {
        long customer = shop.customer("Y", null);
        baskets.order(customer, AS_OF.minusDays(800), "SOCK");
        baskets.order(customer, AS_OF.minusDays(5), "BOOT");
        baskets.order(customer, AS_OF.plusDays(1), "HAT");

        picks.compute(AS_OF);

        assertThat(skus(customer)).contains("SOCK").doesNotContain("BOOT").contains("HAT");
    }

    @Test
    void statedInterestsBringTheirCategorysBestSellers() {
        long reader = shop.customer("W", null);
        baskets.order(reader, AS_OF.minusDays(3), "BOOK1");
        long other = shop.customer("V", null);
        baskets.order(other, AS_OF.minusDays(3), "BOOK1");
        new TestChoices(jdbc).interest(reader, "hats");

        picks.compute(AS_OF);

        assertThat(skus(reader)).as("co-purchase first, then the hats they care about, then the best sellers")
                .startsWith("BOOK2", "HAT", "SCARF", "BOOT");
        assertThat(skus(other)).as("without the interest: the best sellers in the order of their buyers")
                .startsWith("BOOK2", "BOOT", "SOCK", "HAT");
    }

    @Test
    void whoSaidDoNotProfileMeGetsNoPicksAndNoneReachTheirMessages() {
        long private1 = shop.customer("Z", null);
        baskets.order(private1, AS_OF.minusDays(10), "BOOT");
        new TestChoices(jdbc).noProfiling(private1);
        long late = shop.customer("Q", null);
        baskets.order(late, AS_OF.minusDays(10), "BOOT");

        picks.compute(AS_OF);
        assertThat(skus(private1)).isEmpty();
        assertThat(skus(late)).isNotEmpty();
        // the choice made after the run: messages show nothing from then on
        new TestChoices(jdbc).noProfiling(late);

        assertThat(inMessages.forCustomers(List.of(private1, late), "https://shop.example.com")).isEmpty();
    }

    @Test
    void aMessageShowsOnlyThePicksStillInStockWhenItIsRendered() {
        long boots = shop.customer("X", null);
        baskets.order(boots, AS_OF.minusDays(10), "BOOT");
        picks.compute(AS_OF);
        baskets.stock("SOCK", false);

        List<Map<String, Object>> shown = inMessages.forCustomers(List.of(boots), "https://shop.example.com").get(boots);

        assertThat(shown).extracting(pick -> pick.get("sku")).doesNotContain("SOCK", "BOOT", "LACE").isNotEmpty();
        assertThat(shown.get(0)).containsEntry("link", "https://shop.example.com/p/" + shown.get(0).get("sku"));
        assertThat(shown.get(0).get("priceText")).asString().endsWith("\u00a0€").doesNotContain(" ");
    }

    @Test
    void aRunsBatchesShareTheirProductsForAMinuteThenAProductSoldOutDuringTheRunIsLeftOut() {
        long boots = shop.customer("X", null);
        baskets.order(boots, AS_OF.minusDays(10), "BOOT");
        picks.compute(AS_OF);
        MovingClock clock = new MovingClock(Instant.parse("2026-11-21T08:00:00Z"));
        PicksInMessages sending = new PicksInMessages(jdbc, clock);
        Map<Long, String> profiled = Map.of(boots, "fi");
        List<Map<String, Object>> first = sending.forRun(7, profiled, "https://shop.example.com").get(boots);
        assertThat(shownSkus(first)).contains("SOCK");

        baskets.stock("SOCK", false);
        clock.pass(Duration.ofSeconds(59));
        List<Map<String, Object>> next = sending.forRun(7, profiled, "https://shop.example.com").get(boots);

        // the run's next batch within the minute: the same products, their values made once
        assertThat(shownSkus(next)).contains("SOCK");
        assertThat(next.get(0)).isSameAs(first.get(0));
        // a message outside the run (a preview) sees the stock as it is now
        assertThat(shownSkus(sending.forCustomers(List.of(boots), "https://shop.example.com").get(boots))).doesNotContain("SOCK").isNotEmpty();
        // and the run itself once the product has been on its shelf for a minute
        clock.pass(Duration.ofSeconds(2));
        assertThat(shownSkus(sending.forRun(7, profiled, "https://shop.example.com").get(boots))).doesNotContain("SOCK").isNotEmpty();

        // back in stock: the run, which read it a moment ago, shows it a minute later; another run at once
        baskets.stock("SOCK", true);
        assertThat(shownSkus(sending.forRun(7, profiled, "https://shop.example.com").get(boots))).doesNotContain("SOCK");
        assertThat(shownSkus(sending.forRun(8, profiled, "https://shop.example.com").get(boots))).contains("SOCK");
    }

    private static List<Object> shownSkus(List<Map<String, Object>> shown) {
        return shown.stream().map(pick -> pick.get("sku")).toList();
    }

    @Test
    void customersLookedUpTogetherEachSeeTheSamePicksInTheirOwnLanguage() {
        jdbc.update("INSERT INTO product_name (product_id, language, name) SELECT id, 'sv', 'Yllesockor' FROM product WHERE sku = 'SOCK'");
        long finn = shop.customer("F", "Test", "F", null, "Katu 1", "00100", "fi");
        long swede = shop.customer("G", "Test", "G", null, "Katu 2", "00100", "fi");
        new TestChoices(jdbc).language(swede, "sv"); // their own choice beats the imported language
        long english = shop.customer("E", "Test", "E", null, "Katu 3", "00100", "en");
        for (long customer : List.of(finn, swede, english)) {
            baskets.order(customer, AS_OF.minusDays(10), "BOOT");
        }
        picks.compute(AS_OF);

        Map<Long, List<Map<String, Object>>> shown = inMessages.forCustomers(List.of(finn, swede, english), "https://shop.example.com");

        assertThat(shown.get(finn)).extracting(pick -> pick.get("sku")).isEqualTo(skus(finn)).contains("SOCK");
        assertThat(shown.get(swede)).extracting(pick -> pick.get("sku")).isEqualTo(skus(swede));
        assertThat(shown.get(english)).extracting(pick -> pick.get("sku")).isEqualTo(skus(english));
        assertThat(sock(shown.get(finn))).containsEntry("name", "Wool socks").containsEntry("priceText", "12,90\u00a0€");
        assertThat(sock(shown.get(swede))).containsEntry("name", "Yllesockor").containsEntry("priceText", "12,90\u00a0€");
        assertThat(sock(shown.get(english))).containsEntry("name", "Wool socks").containsEntry("priceText", "€12.90");
    }

    private static Map<String, Object> sock(List<Map<String, Object>> picks) {
        return picks.stream().filter(pick -> "SOCK".equals(pick.get("sku"))).findFirst().orElseThrow();
    }

    @Test
    void onARandomShopNoPickIsBoughtInTheWindowOrOutOfStock() {
        TestDatabase.clean(jdbc);
        Random random = new Random(11);
        for (int p = 0; p < 60; p++) {
            baskets.product("P" + p, "Product " + p, "C" + (p % 6), "10.00", random.nextInt(5) > 0);
        }
        for (int c = 0; c < 300; c++) {
            long customer = shop.customer("R" + c, null);
            int orders = 1 + random.nextInt(4);
            for (int o = 0; o < orders; o++) {
                int first = random.nextInt(60);
                baskets.order(customer, AS_OF.minusDays(random.nextInt(900)), "P" + first, "P" + (first + 6) % 60,
                        "P" + random.nextInt(60));
            }
        }

        PickReport report = picks.compute(AS_OF);

        assertThat(report.picks()).isGreaterThan(1000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + EACH_PICK + " JOIN product pr ON pr.id = u.product_id"
                + " WHERE pr.in_stock = FALSE", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + EACH_PICK + " JOIN product pr ON pr.id = u.product_id"
                + " JOIN order_line ol ON ol.sku = pr.sku JOIN purchase p ON p.order_id = ol.order_id AND p.customer_id = k.customer_id"
                + " WHERE p.purchased_at >= ? AND p.purchased_at < ?", Long.class,
                Timestamp.valueOf(AS_OF.minusDays(729).atStartOfDay()), Timestamp.valueOf(AS_OF.plusDays(1).atStartOfDay()))).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT k.customer_id, u.product_id FROM " + EACH_PICK
                + " GROUP BY k.customer_id, u.product_id HAVING COUNT(*) > 1) twice", Long.class)).as("a product once per customer").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + EACH_PICK, Long.class)).as("every pick stored").isEqualTo(report.picks());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_pick", Long.class)).as("one row per customer with picks")
                .isEqualTo(report.withPicks());
    }

    /** Each stored pick as a row: the customer's row {@code k}, the product {@code u.product_id}, its rank {@code u.pick_rank}. */
    private static final String EACH_PICK = "customer_pick k CROSS JOIN UNNEST(k.product_ids) WITH ORDINALITY AS u(product_id, pick_rank)";

    private List<String> skus(long customer) {
        return jdbc.queryForList("SELECT pr.sku FROM " + EACH_PICK + " JOIN product pr ON pr.id = u.product_id WHERE k.customer_id = ?"
                + " ORDER BY u.pick_rank", String.class, customer);
    }
}
