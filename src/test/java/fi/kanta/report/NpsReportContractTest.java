package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestDatabase;
import fi.kanta.TemporaryHome;
import fi.kanta.TestShop;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * NPS per month on constructed answers whose every number is known, on whichever database a
 * subclass starts: the classes, the score, month boundaries, months without answers and one
 * campaign's answers alone.
 */
abstract class NpsReportContractTest extends TemporaryHome {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NpsReport report;

    private TestShop shop;
    private int customers;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
    }

    @Test
    void fivePromotersThreePassivesAndTwoDetractorsAreAnNpsOf30() {
        for (int score : new int[] {9, 10, 9, 10, 9, 7, 8, 7, 0, 6}) {
            answer("feedback", score, "2026-11-15T12:00");
        }

        NpsMonth november = report.months(NOVEMBER, 1, Optional.empty()).get(0);

        assertThat(november).isEqualTo(new NpsMonth(NOVEMBER, 5, 3, 2));
        assertThat(november.answers()).isEqualTo(10);
        assertThat(november.nps()).contains(30);
    }

    @Test
    void eachAnswerCountsInTheMonthItWasGivenAndMonthsWithoutAnswersShowNone() {
        answer("feedback", 3, "2026-09-01T00:00");
        answer("feedback", 10, "2026-09-30T23:59:59");
        answer("feedback", 8, "2026-11-30T23:59:59");
        answer("feedback", 10, "2026-12-01T00:00"); // after the last month asked for
        answer("feedback", 0, "2026-08-31T23:59:59"); // before the first

        List<NpsMonth> months = report.months(NOVEMBER, 3, Optional.empty());

        assertThat(months).containsExactly(new NpsMonth(YearMonth.of(2026, 9), 1, 0, 1),
                new NpsMonth(YearMonth.of(2026, 10), 0, 0, 0), new NpsMonth(NOVEMBER, 0, 1, 0));
        assertThat(months.get(0).nps()).contains(0);
        assertThat(months.get(1).nps()).isEmpty();
        assertThat(months.get(2).nps()).contains(0);
    }

    @Test
    void oneCampaignsAnswersAlone() {
        answer("feedback", 10, "2026-11-02T10:00");
        answer("feedback", 2, "2026-11-03T10:00");
        answer("store-feedback", 1, "2026-11-04T10:00");

        assertThat(report.months(NOVEMBER, 1, Optional.of("feedback")).get(0).nps()).contains(0);
        assertThat(report.months(NOVEMBER, 1, Optional.of("store-feedback")).get(0).nps()).contains(-100);
        assertThat(report.months(NOVEMBER, 1, Optional.empty()).get(0).nps()).contains(-33);
    }

    @Test
    void thePrintedTableHasAMonthPerLineAndTheTotal() {
        for (int score : new int[] {9, 10, 9, 10, 9, 7, 8, 7, 0, 6}) {
            answer("feedback", score, "2026-11-15T12:00");
        }
        answer("feedback", 1, "2026-10-15T12:00");

        String text = NpsText.format(report.months(NOVEMBER, 3, Optional.empty()), Optional.empty());

        assertThat(text.lines().skip(2)).containsExactly(
                "month     answers  promoters  passives  detractors    NPS",
                "2026-09         0          0         0           0      -",
                "2026-10         1          0         0           1   -100",
                "2026-11        10          5         3           2    +30",
                "total          11          5         3           3    +18");
    }

    /** A question asked of a new customer, answered with {@code score} at {@code at} (shop time). */
    private void answer(String campaign, int score, String at) {
        long customer = shop.customer("N" + (++customers), "n" + customers + "@example.fi");
        jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, answered_at) VALUES (?, ?, ?, ?, ?)",
                customer, campaign, at.substring(0, 10), score, Timestamp.valueOf(LocalDateTime.parse(at)));
    }
}
