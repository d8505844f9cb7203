package fi.kanta.segment;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestBaskets;
import fi.kanta.TestChoices;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.definition.YamlNode;
import fi.kanta.sql.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operator compiled to SQL and run on whichever database a subclass starts, with values that
 * would break string-built SQL (quotes, LIKE wildcards, Unicode): each condition picks exactly the
 * customers it should.
 */
abstract class SegmentContractTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SegmentCounter counter;

    @TempDir
    Path folder;

    TestShop shop;

    @BeforeEach
    void customers() {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        long obrien = shop.customer("obrien", "Seán", "O'Brien", "sean@example.ie", "Main St 1", "D02", "en");
        long percent = shop.customer("percent", "100%", "a_b", "p@example.fi", "Katu 2", "00100", "fi");
        long asa = shop.customer("asa", "Åsa", "Žofia 😀", "asa@example.se", "Gatan 3", "11122", "sv");
        shop.customer("plain", "Matti", "Meikäläinen", null, "Katu 4", "00200", null);
        shop.score(obrien, 0.9, 500, "Champions");
        shop.score(percent, 0.4, 120, "At risk");
        shop.score(asa, 0.1, 20.5, "Can't lose them");
        shop.purchase(obrien, "2026-11-20T10:00", "50.00", "shoes");
        shop.purchase(percent, "2026-06-01T10:00", "70.00", "hats");
        shop.purchase(asa, "2025-01-01T10:00", "20.50", "books");
        shop.consent(obrien, "email", true);
        shop.consent(percent, "email", false);
    }

    @Test
    void equalityTakesQuotesWildcardsAndUnicodeLiterally() {
        assertThat(members("{ field: last_name, op: \"=\", value: \"O'Brien\" }")).containsExactly("obrien");
        assertThat(members("{ field: first_name, op: \"=\", value: \"100%\" }")).containsExactly("percent");
        assertThat(members("{ field: last_name, op: \"=\", value: \"a_b\" }")).containsExactly("percent");
        assertThat(members("{ field: last_name, op: \"=\", value: \"a%\" }")).isEmpty();
        assertThat(members("{ field: last_name, op: \"=\", value: \"Žofia 😀\" }")).containsExactly("asa");
        assertThat(members("{ field: last_name, op: \"=\", value: \"x' OR '1'='1\" }")).isEmpty();
    }

    @Test
    void notEqualAndNotInLeaveOutCustomersWithoutTheField() {
        assertThat(members("{ field: language, op: \"!=\", value: fi }")).containsExactlyInAnyOrder("obrien", "asa");
        assertThat(members("{ field: language, op: not in, value: [fi, sv] }")).containsExactly("obrien");
        assertThat(members("{ field: language, op: in, value: [fi, sv, \"it's\"] }")).containsExactlyInAnyOrder("percent", "asa");
        assertThat(members("{ field: rfm_segment, op: in, value: [\"Can't lose them\"] }")).containsExactly("asa");
    }

    @Test
    void numbersCompare() {
        assertThat(members("{ field: clv_12m, op: \">\", value: 120 }")).containsExactly("obrien");
        assertThat(members("{ field: clv_12m, op: \">=\", value: 120 }")).containsExactlyInAnyOrder("obrien", "percent");
        assertThat(members("{ field: clv_12m, op: \"<\", value: 120 }")).containsExactly("asa");
        assertThat(members("{ field: clv_12m, op: \"<=\", value: 20.5 }")).containsExactly("asa");
        assertThat(members("{ field: p_alive, op: between, value: [0.1, 0.4] }")).containsExactlyInAnyOrder("percent", "asa");
        assertThat(members("{ field: clv_12m, op: in, value: [500, 20.5] }")).containsExactlyInAnyOrder("obrien", "asa");
        assertThat(members("{ field: order_count, op: \"=\", value: 0 }")).containsExactly("plain");
        assertThat(members("{ field: purchase_total, op: \">=\", value: 50 }")).containsExactlyInAnyOrder("obrien", "percent");
    }

    @Test
    void datesCompareAndCountDaysBackFromToday() {
        assertThat(members("{ field: last_purchase, op: within last days, value: 7 }")).containsExactly("obrien");
        assertThat(members("{ field: last_purchase, op: not within last days, value: 7 }")).containsExactlyInAnyOrder("percent", "asa");
        assertThat(members("{ field: last_purchase, op: \"<\", value: 2026-01-01 }")).containsExactly("asa");
        assertThat(members("{ field: last_purchase, op: between, value: [2026-06-01, 2026-06-01] }")).containsExactly("percent");
    }

    @Test
    void boughtACategoryWithinDaysMatchesTheShopsOwnNamesWhateverTheCase() {
        long percent = jdbc.queryForObject("SELECT id FROM customer WHERE external_id = 'percent'", Long.class);
        long asa = jdbc.queryForObject("SELECT id FROM customer WHERE external_id = 'asa'", Long.class);
        shop.purchase(percent, "2026-11-01T10:00", "30.00", "Kengät");
        shop.purchase(asa, "2026-11-10T10:00", "-20.50", "shoes"); // a refund is not a purchase

        assertThat(members("{ bought: Shoes, within-days: 90 }")).containsExactly("obrien");
        assertThat(members("{ bought: [HATS, books] }")).containsExactlyInAnyOrder("percent", "asa");
        assertThat(members("{ bought: hats, within-days: 90 }")).isEmpty();
        assertThat(members("{ bought: kengät, within-days: 30 }")).containsExactly("percent");
        assertThat(members("{ bought: KENGÄT, within-days: 30 }")).containsExactly("percent");
        assertThat(members("{ bought: Kengät, within-days: 21 }")).isEmpty();
        assertThat(members("{ bought: \"x' OR '1'='1\" }")).isEmpty();
        assertThat(members("{ not-bought: [shoes, Kengät], within-days: 90 }")).containsExactlyInAnyOrder("asa", "plain");
        assertThat(members(filter("any: [ { bought: shoes, within-days: 7 }, { field: language, op: \"=\", value: sv } ]")))
                .containsExactlyInAnyOrder("obrien", "asa");
    }

    @Test
    void picksCountTheStoredPicksStillInStockAndNoneForWhoSaidDoNotProfileMe() {
        TestBaskets baskets = new TestBaskets(jdbc);
        long sock = baskets.product("SOCK", "Wool socks", "Shoes", "12.90");
        long hat = baskets.product("HAT", "Beanie", "Hats", "24.00");
        long lace = baskets.product("LACE", "Laces", "Shoes", "4.50", false);
        jdbc.update("INSERT INTO customer_pick (customer_id, product_ids, as_of) VALUES (?, ARRAY[" + sock + ", " + lace + ", " + hat
                + "], CURRENT_DATE), (?, ARRAY[" + lace + "], CURRENT_DATE), (?, ARRAY[" + hat + "], CURRENT_DATE)",
                id("obrien"), id("percent"), id("asa"));
        new TestChoices(jdbc).noProfiling(id("asa"));

        assertThat(members("{ field: picks, op: \"=\", value: 2 }")).containsExactly("obrien");
        assertThat(members("{ field: picks, op: \">\", value: 0 }")).containsExactly("obrien");
        assertThat(members("{ field: picks, op: \"=\", value: 0 }")).containsExactlyInAnyOrder("percent", "asa", "plain");
    }

    private long id(String externalId) {
        return jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, externalId);
    }

    @Test
    void isSetAndBooleans() {
        assertThat(members("{ field: email, op: is not set }")).containsExactly("plain");
        assertThat(members("{ field: p_alive, op: is set }")).containsExactlyInAnyOrder("obrien", "percent", "asa");
        assertThat(members("{ field: email_consent, op: \"=\", value: true }")).containsExactly("obrien");
        assertThat(members("{ field: letter_consent, op: \"=\", value: true }")).hasSize(4);
    }

    @Test
    void groupsCombineWithAllAnyAndNone() {
        assertThat(members(filter("""
                any:
                  - { field: language, op: "=", value: sv }
                  - all:
                      - { field: clv_12m, op: ">", value: 100 }
                      - { field: email_consent, op: "=", value: false }
                """))).containsExactlyInAnyOrder("asa", "percent");
        assertThat(members(filter("""
                none:
                  - { field: rfm_segment, op: "=", value: Champions }
                  - { field: email, op: is not set }
                """))).containsExactlyInAnyOrder("percent", "asa");
    }

    @Test
    void theNewestFeedbackAnswerDecidesTheNpsClassAndRecentDetractorsCanBeLeftOut() {
        long obrien = jdbc.queryForObject("SELECT id FROM customer WHERE external_id = 'obrien'", Long.class);
        long asa = jdbc.queryForObject("SELECT id FROM customer WHERE external_id = 'asa'", Long.class);
        String answer = "INSERT INTO feedback (customer_id, campaign, run_key, score, answered_at) VALUES (?, 'feedback', ?, ?, ?)";
        jdbc.update(answer, obrien, "2026-10-01", 10, java.sql.Timestamp.valueOf("2026-10-01 12:00:00"));
        jdbc.update(answer, obrien, "2026-11-20", 3, java.sql.Timestamp.valueOf("2026-11-20 12:00:00"));
        jdbc.update(answer, asa, "2025-01-01", 2, java.sql.Timestamp.valueOf("2025-01-01 12:00:00"));

        assertThat(members("{ field: nps_class, op: \"=\", value: detractor }")).containsExactlyInAnyOrder("obrien", "asa");
        assertThat(members("{ field: feedback_score, op: \"=\", value: 3 }")).containsExactly("obrien");
        assertThat(members(filter("""
                none:
                  - all:
                      - { field: nps_class, op: "=", value: detractor }
                      - { field: feedback_date, op: within last days, value: 180 }
                """))).containsExactlyInAnyOrder("percent", "asa", "plain");
    }

    @Test
    void onlyTheSourcesAFilterUsesAreJoined() {
        assertThat(SegmentSql.sources(filter("all: [ { field: city, op: \"=\", value: Helsinki } ]"))).containsExactly(Source.CUSTOMER);
        Sql query = SegmentCounter.query(filter("all: [ { field: city, op: \"=\", value: Helsinki } ]"), TODAY, Optional.of(TODAY));
        assertThat(query.text()).doesNotContain("customer_score").doesNotContain("purchase").doesNotContain("Helsinki");
        assertThat(query.params()).containsExactly("Helsinki");
    }

    @Test
    void birthdaysWithinTheNextDaysCrossNewYearAndTheLeapDayIsKeptOnThe28thInOtherYears() {
        jdbc.update("UPDATE customer SET birth_month = 12, birth_day = 30 WHERE external_id = 'obrien'");
        jdbc.update("UPDATE customer SET birth_month = 1, birth_day = 2 WHERE external_id = 'percent'");
        jdbc.update("UPDATE customer SET birth_month = 2, birth_day = 29 WHERE external_id = 'asa'");
        String week = "{ field: birthday, op: within next days, value: 7 }";

        assertThat(members(week, LocalDate.of(2026, 12, 28))).containsExactlyInAnyOrder("obrien", "percent");
        assertThat(members(week, LocalDate.of(2026, 12, 31))).containsExactly("percent");
        assertThat(members("{ field: birthday, op: within next days, value: 3 }", LocalDate.of(2027, 2, 25))).containsExactly("asa");
        assertThat(members(week, LocalDate.of(2027, 3, 1))).isEmpty();
        assertThat(members("{ field: birthday, op: within next days, value: 0 }", LocalDate.of(2028, 2, 28))).isEmpty();
        assertThat(members("{ field: birthday, op: within next days, value: 1 }", LocalDate.of(2028, 2, 28))).containsExactly("asa");
        assertThat(members("{ field: birthday, op: within next days, value: 400 }", TODAY))
                .containsExactlyInAnyOrder("obrien", "percent", "asa");
        assertThat(members("{ field: birth_month, op: in, value: [1, 2] }")).containsExactlyInAnyOrder("percent", "asa");
        assertThat(members("{ field: birth_day, op: \">=\", value: 29 }")).containsExactlyInAnyOrder("obrien", "asa");
        assertThat(members("{ field: birthday, op: is not set }")).containsExactly("plain");
    }

    @Test
    void clickedWithinLastDaysCountsReadersNotScannersAndNobodyWhoSaidDoNotProfileMe() {
        jdbc.update("INSERT INTO campaign_run (campaign, run_key, counts_for_cap, selected_at, kind) VALUES ('win-back', 'w1', TRUE, ?,"
                + " 'win-back')", java.sql.Timestamp.valueOf(TODAY.minusDays(40).atStartOfDay()));
        long run = jdbc.queryForObject("SELECT id FROM campaign_run WHERE run_key = 'w1'", Long.class);
        click(run, shop.id("obrien"), "button", TODAY.minusDays(2).atTime(9, 0), false);
        click(run, shop.id("percent"), "button", TODAY.minusDays(30).atTime(23, 59), false);
        click(run, shop.id("asa"), "button", TODAY.minusDays(1).atTime(9, 0), true); // a scanner's
        click(run, shop.id("plain"), "logo", TODAY.minusDays(1).atTime(9, 0), false);
        new fi.kanta.TestChoices(jdbc).noProfiling(shop.id("plain"));

        assertThat(members("{ clicked-within-days: 7 }")).containsExactly("obrien");
        assertThat(members("{ clicked-within-days: 30 }")).containsExactlyInAnyOrder("obrien", "percent");
        assertThat(members(filter("none: [ { clicked-within-days: 30 } ]"))).containsExactlyInAnyOrder("asa", "plain");
        assertThat(FilterText.of(filter("all: [ { clicked-within-days: 30 } ]"))).isEqualTo("all: [clicked within the last 30 days]");
    }

    private void click(long run, long customer, String link, java.time.LocalDateTime at, boolean suspect) {
        jdbc.update("INSERT INTO click (run_id, customer_id, link, clicked_at, suspect) VALUES (?, ?, ?, ?, ?)", run, customer, link,
                java.sql.Timestamp.valueOf(at), suspect);
    }

    private List<String> members(String condition) {
        return members(condition, TODAY);
    }

    private List<String> members(String condition, LocalDate today) {
        return members(filter("all: [ " + condition + " ]"), today);
    }

    private List<String> members(Filter filter) {
        return members(filter, TODAY);
    }

    private List<String> members(Filter filter, LocalDate today) {
        Sql query = Sql.of("SELECT c.external_id").plus(CustomerQuery.from(SegmentSql.sources(filter), Optional.of(TestShop.SCORED)))
                .plus(" WHERE ").plus(SegmentSql.where(filter, today));
        List<String> ids = jdbc.queryForList(query.text(), String.class, query.args());
        Sql count = SegmentCounter.query(filter, today, Optional.of(TestShop.SCORED));
        assertThat(jdbc.queryForObject(count.text(), Long.class, count.args())).isEqualTo(ids.size());
        return ids;
    }

    private Filter filter(String yaml) {
        try {
            Path file = Files.writeString(folder.resolve("filter.yml"), yaml);
            return FilterReader.group(YamlNode.read(file, file), Set.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
