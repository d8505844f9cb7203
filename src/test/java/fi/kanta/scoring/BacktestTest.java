package fi.kanta.scoring;

import fi.kanta.CommandLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.UserError;
import fi.kanta.cli.ExitCode;
import fi.kanta.cli.Kanta;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.Importer;
import fi.kanta.demo.DemoShop;
import fi.kanta.words.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

/**
 * The backtest on a demo shop, whose purchases come from the BG/NBD process itself: fitted on the
 * first part of the history, the model must predict the purchase days of the last 180 days.
 */
@SpringBootTest
class BacktestTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);
    private static final LocalDate CALIBRATE_UNTIL = END.minusDays(181);
    private static final LocalDate HOLDOUT_UNTIL = END.minusDays(1);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @Autowired
    Importer importer;

    @Autowired
    Backtest backtest;

    private static boolean imported;

    @BeforeEach
    void demoShop() throws Exception {
        CommandLines.home(home);
        if (imported) {
            return; // one shop for all tests: the backtest only reads
        }
        imported = true;
        DemoShop.Files shop = DemoShop.generate(home.resolve("shop"), 4000, END, DemoShop.DEFAULT_SEED);
        importer.importFile(ImportKind.CUSTOMERS, shop.customers(), null);
        importer.importFile(ImportKind.PURCHASES, shop.purchases(), null);
    }

    @Test
    void predictsTheHoldoutPurchasesOfEveryGroupOfCustomers() {
        BacktestReport report = backtest.run(CALIBRATE_UNTIL, HOLDOUT_UNTIL);

        assertThat(Arrays.stream(report.count()).sum()).isEqualTo(report.customers());
        assertThat(report.totalActual()).isGreaterThan(1000);
        // The model is the process that made the data: its total is off by sampling noise and the
        // whole-day rounding of the fit (alpha ~7% high on demo data), well inside 20%.
        assertThat(report.totalPredicted()).isCloseTo(report.totalActual(), org.assertj.core.data.Percentage.withPercentage(20));
        double zeroRepeats = report.predicted()[0] / report.count()[0];
        double sevenOrMore = report.predicted()[7] / report.count()[7];
        assertThat(sevenOrMore).isGreaterThan(3 * zeroRepeats);
        assertThat((double) report.actual()[7] / report.count()[7]).isGreaterThan(3.0 * report.actual()[0] / report.count()[0]);
        assertThat(report.meanAbsoluteError()).isPositive();
        // the demo shop's customers buy as BG/NBD says, so the model must beat "each keeps their own pace"
        assertThat(report.closer().above()).as("the model closer than the simple rule: %s", report.closer()).isTrue();
        assertThat(report.baselineError()).isGreaterThan(report.meanAbsoluteError());
        assertThat(report.said(Words.english(ZoneOffset.UTC))).contains("came closer than the simple rule", "not chance",
                "mean error per customer", "7+", "r=", "time unit: days");
    }

    @Test
    void writesTheChartAsAnSvgAnyBrowserOpens() throws Exception {
        BacktestReport report = backtest.run(CALIBRATE_UNTIL, HOLDOUT_UNTIL);

        Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.chart().toFile());
        assertThat(chart.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(chart.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(Files.readString(report.chart())).contains(">7+<", "expected (BG/NBD)", "actual");
    }

    @Test
    void refusesAHoldoutThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> backtest.run(HOLDOUT_UNTIL, CALIBRATE_UNTIL)).isInstanceOf(UserError.class)
                .hasMessageContaining("must be after");
    }

    @Test
    void aBacktestNeedsBothDates() {
        assertThat(Kanta.run("score", "--calibrate-until", CALIBRATE_UNTIL.toString(), "--kanta.home=" + home))
                .isEqualTo(ExitCode.USAGE);
    }
}
