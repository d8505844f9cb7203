package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.selection.RecipientSelection;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run's report on constructed data whose every number is known: purchases in and out of the
 * window, a refund that leaves a customer with nothing, offer codes, sent letters and an
 * unsubscribe; then the workbook read back with POI: the summary's values, two charts of target
 * and holdout, and one recipients row per recipient after it.
 */
@SpringBootTest
class RunReportTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @TempDir
    static Path home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    RecipientSelection selection;

    @Autowired
    RunResults results;

    @Autowired
    ReportWorkbook workbooks;

    TestShop shop;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("kanta.report.cost-per-email", () -> "0.10");
    }

    @BeforeEach
    void shop() throws IOException {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        TestCampaigns.define(home, "post", """
                name: post
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0.5
                channels:
                  - { type: letter, template: win-back, cost: 1.50 }
                offer: { code-prefix: PO, discount: "5 €", valid-days: 20 }
                """);
    }

    @Test
    void theReportCountsWhatHappenedInTheWindowAndTheWorkbookShowsIt() throws IOException {
        for (int i = 0; i < 400; i++) {
            long id = shop.customer("C" + i, "=HYPERLINK(\"x\")" + i, "Test" + i, null, "Katu " + i, "00100", "fi");
            shop.score(id, 0.5, 1000 - i, "At risk");
        }
        Campaign campaign = campaigns.named("post");
        selection.write(campaign, "r1", NOW);
        List<Map<String, Object>> recipients = jdbc.queryForList(
                "SELECT customer_id, recipient_group, offer_code FROM campaign_recipient ORDER BY customer_id");
        long targets = 0;
        long holdout = 0;
        long targetBuyers = 0;
        long holdoutBuyers = 0;
        BigDecimal targetRevenue = BigDecimal.ZERO;
        BigDecimal holdoutRevenue = BigDecimal.ZERO;
        long redeemed = 0;
        long[] sent = {0};
        for (Map<String, Object> r : recipients) {
            long id = ((Number) r.get("customer_id")).longValue();
            boolean target = "TARGET".equals(r.get("recipient_group"));
            int index = target ? (int) targets++ : (int) holdout++;
            shop.purchase(id, "2026-11-20T12:00", "500.00", "shoes"); // before the run: never counted
            shop.purchase(id, "2026-12-24T12:00", "500.00", "shoes"); // after the 30 days: never counted
            if (index % (target ? 3 : 5) == 0) { // a third of the targets and a fifth of the holdout buy 60 in the window
                shop.purchase(id, "2026-12-01T12:00", "60.00", "shoes");
                if (target) {
                    targetBuyers++;
                    targetRevenue = targetRevenue.add(new BigDecimal("60.00"));
                } else {
                    holdoutBuyers++;
                    holdoutRevenue = holdoutRevenue.add(new BigDecimal("60.00"));
                }
            } else if (index % 7 == 1) { // bought and returned it: not a buyer, nothing earned
                shop.purchase(id, "2026-11-25T12:00", "40.00", "shoes");
                shop.purchase(id, "2026-11-28T12:00", "-40.00", "shoes");
            }
            if (target && index % 6 == 0) { // half the target buyers used their code
                jdbc.update("INSERT INTO purchase (order_id, customer_id, purchased_at, amount, currency, amount_base, offer_code)"
                        + " VALUES (?, ?, ?, 0.01, 'EUR', 0.01, ?)", "O" + id, id, Timestamp.valueOf(NOW.plusDays(2)), r.get("offer_code"));
                targetRevenue = targetRevenue.add(new BigDecimal("0.01"));
                redeemed++;
            }
            if (target && index < 150) {
                jdbc.update("UPDATE campaign_recipient SET status = 'SENT' WHERE customer_id = ?", id);
                sent[0]++;
            }
        }
        long unsubscriber = ((Number) recipients.stream().filter(r -> "TARGET".equals(r.get("recipient_group"))).findFirst()
                .orElseThrow().get("customer_id")).longValue();
        shop.consent(unsubscriber, "email", false, "2026-11-24T08:00", "unsubscribe-link");
        shop.consent(unsubscriber + 1, "email", false, "2026-11-01T08:00", "unsubscribe-link"); // before the run
        assertThat(holdout).isGreaterThan(150);
        assertThat(targets).isGreaterThan(150);

        RunReport report = results.report(campaign, "r1", 30, NOW.plusDays(31));

        Comparison all = report.overall();
        assertThat(all.label()).isEqualTo("all");
        assertThat(report.comparisons()).extracting(Comparison::label).containsExactly("all", "letter");
        assertThat(all.target().customers()).isEqualTo(targets);
        assertThat(all.holdout().customers()).isEqualTo(holdout);
        // the code purchases of 0.01 make buyers of target non-buyers with index % 6 == 0 only when they bought anyway (index % 3 == 0)
        assertThat(all.target().buyers()).isEqualTo(targetBuyers);
        assertThat(all.holdout().buyers()).isEqualTo(holdoutBuyers);
        assertThat(all.target().revenue()).isEqualByComparingTo(targetRevenue);
        assertThat(all.holdout().revenue()).isEqualByComparingTo(holdoutRevenue);
        assertThat(all.offersRedeemed()).isEqualTo(redeemed);
        assertThat(all.conversionDifference().estimate())
                .isCloseTo((double) targetBuyers / targets - (double) holdoutBuyers / holdout, within(1e-12));
        assertThat(report.delivery().sent()).isEqualTo(sent[0]);
        assertThat(report.delivery().lettersSent()).isEqualTo(sent[0]);
        assertThat(report.delivery().unsubscribed()).isEqualTo(1);
        assertThat(report.letterCost()).isEqualByComparingTo(new BigDecimal("1.50").multiply(BigDecimal.valueOf(sent[0])));
        assertThat(report.sendingCost()).isEqualByComparingTo("0");
        assertThat(all.costs()).isEqualByComparingTo(report.letterCost());
        assertThat(report.windowEnded()).isTrue();
        assertThat(report.funnel()).first().isEqualTo(new FunnelCount("segment", "-", 400));

        String text = ReportText.format(report);
        assertThat(text).contains("Results of post/r1").contains("Window: 30 days, 2026-11-23 to 2026-12-23")
                .doesNotContain("results so far").contains("targets did better").contains("offer codes redeemed: " + redeemed);
        assertThat(ReportText.format(results.report(campaign, "r1", 30, NOW.plusDays(3)))).contains("results so far");

        Path file = home.resolve("out/post/r1/report.xlsx");
        long rows = workbooks.write(campaign, report, file);

        assertThat(rows).isEqualTo(targets + holdout);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(1)).isEqualTo("Recipients");
            XSSFSheet summary = workbook.getSheet("Summary");
            Row allTargets = row(summary, "all channels", "target");
            assertThat(allTargets.getCell(2).getNumericCellValue()).isEqualTo(targets);
            assertThat(allTargets.getCell(3).getNumericCellValue()).isEqualTo(targetBuyers);
            assertThat(allTargets.getCell(4).getNumericCellValue()).isCloseTo(all.target().conversion(), within(1e-12));
            assertThat(allTargets.getCell(6).getNumericCellValue()).isCloseTo(all.target().revenuePerCustomer(), within(1e-9));
            assertThat(allTargets.getCell(7).getNumericCellValue()).isEqualTo(redeemed);
            assertThat(row(summary, "all channels", "holdout").getCell(3).getNumericCellValue()).isEqualTo(holdoutBuyers);
            assertThat(new DataFormatter().formatCellValue(allTargets.getCell(4))).endsWith("%");
            Row difference = row(summary, "all channels", null);
            assertThat(difference.getCell(2).getNumericCellValue()).isCloseTo(all.conversionDifference().low(), within(1e-12));
            assertThat(difference.getCell(4).getStringCellValue()).isEqualTo("targets did better");
            assertThat(row(summary, "letter cost (EUR)", null).getCell(1).getNumericCellValue()).isEqualTo(1.5 * sent[0]);

            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts.get(0).getTitleText().getString()).startsWith("Conversion");
            assertThat(charts.get(1).getTitleText().getString()).startsWith("Revenue per customer");
            for (XSSFChart chart : charts) {
                XDDFChartData bars = chart.getChartSeries().get(0);
                assertThat(bars.getSeriesCount()).isEqualTo(2);
                assertThat(bars.getSeries(0).getCategoryData().getPointAt(0)).isEqualTo("all channels");
                assertThat(bars.getSeries(0).getCategoryData().getPointCount()).isEqualTo(2);
            }
            XDDFChartData conversion = charts.get(0).getChartSeries().get(0);
            assertThat(((Number) conversion.getSeries(0).getValuesData().getPointAt(0)).doubleValue())
                    .isCloseTo(all.target().conversion(), within(1e-12));
            assertThat(((Number) conversion.getSeries(1).getValuesData().getPointAt(0)).doubleValue())
                    .isCloseTo(all.holdout().conversion(), within(1e-12));

            Sheet list = workbook.getSheet("Recipients");
            assertThat(list.getLastRowNum()).isEqualTo(targets);
            assertThat(workbook.getSheet("Control group – do not contact").getLastRowNum()).isEqualTo(holdout);
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isNotBlank();
            boolean hostileAsText = false;
            for (Row row : list) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    hostileAsText |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=HYPERLINK")
                            && cell.getCellStyle().getQuotePrefixed();
                }
            }
            assertThat(hostileAsText).isTrue();
        }
    }

    /** The Summary row whose first cells are these (null: any second cell). */
    static Row row(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            Cell b = row.getCell(1);
            if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals(first)
                    && (second == null || b != null && b.getCellType() == CellType.STRING && b.getStringCellValue().equals(second))
                    && (second != null || b == null || b.getCellType() != CellType.STRING)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " / " + second);
    }
}
