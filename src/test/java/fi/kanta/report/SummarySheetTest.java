package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import fi.kanta.words.Words;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

/** The Summary sheet of a report workbook as a spreadsheet program gets it. */
class SummarySheetTest {

    private static final Words ENGLISH = Words.english(ZoneOffset.UTC);

    @Test
    void everyBarSeriesHasAFillOfItsOwn() {
        try (XSSFWorkbook workbook = SummarySheet.workbook(ReportWorkbooks.twoSlices(), ENGLISH)) {
            var charts = workbook.getSheet("Summary").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            for (XSSFChart chart : charts) {
                CTBarSer[] series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
                assertThat(series).hasSize(2);
                assertThat(series[0].getSpPr().getSolidFill().getSrgbClr().getVal()).isEqualTo(SummaryCharts.TARGET_COLOUR);
                assertThat(series[1].getSpPr().getSolidFill().getSrgbClr().getVal()).isEqualTo(SummaryCharts.HOLDOUT_COLOUR);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noMoneyFigureWhereTheHoldoutIsTooSmallForAConclusion() throws Exception {
        try (XSSFWorkbook workbook = SummarySheet.workbook(ReportWorkbooks.twoSlices(), ENGLISH)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            Row all = RunReportTest.row(summary, "all channels", null);
            assertThat(all.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(all.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);

            Row letter = RunReportTest.row(summary, "letter", null);
            assertThat(letter.getCell(8).getStringCellValue()).isEqualTo(Comparison.TOO_SMALL);
            assertThat(letter.getCell(9).getStringCellValue()).isEqualTo("not measured: the holdout is too small for a conclusion");
            assertThat(letter.getCell(11).getStringCellValue()).isEqualTo(letter.getCell(9).getStringCellValue());
            assertThat(letter.getCell(10).getNumericCellValue()).isEqualTo(30);
        }
    }

    @Test
    void theSheetIsInTheMarketersLanguage() throws Exception {
        Words finnish = new Words(Locale.forLanguageTag("fi"), ZoneOffset.UTC);
        try (XSSFWorkbook workbook = SummarySheet.workbook(ReportWorkbooks.twoSlices(), finnish)) {
            XSSFSheet summary = workbook.getSheet("Yhteenveto");
            assertThat(summary).isNotNull();
            Row letter = RunReportTest.row(summary, "letter", null);
            assertThat(letter.getCell(9).getStringCellValue()).isEqualTo("ei mitattu: vertailuryhmä on liian pieni johtopäätöksiin");
            assertThat(RunReportTest.row(summary, "kaikki kanavat", null)).isNotNull();
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).startsWith("Kampanja-ajon ");
            assertThat(summary.getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
                    .isEqualTo("Ostaneiden osuus, kohde ja vertailu");
        }
    }
}
