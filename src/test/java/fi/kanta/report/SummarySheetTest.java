package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

/** The Summary sheet of a report workbook as a spreadsheet program gets it. */
class SummarySheetTest {

    @Test
    void everyBarSeriesHasAFillOfItsOwn() {
        try (XSSFWorkbook workbook = SummarySheet.workbook(ReportWorkbooks.twoSlices())) {
            var charts = workbook.getSheet(SummarySheet.NAME).getDrawingPatriarch().getCharts();
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
        try (XSSFWorkbook workbook = SummarySheet.workbook(ReportWorkbooks.twoSlices())) {
            XSSFSheet summary = workbook.getSheet(SummarySheet.NAME);
            Row all = RunReportTest.row(summary, "all", null);
            assertThat(all.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(all.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);

            Row letter = RunReportTest.row(summary, "letter", null);
            assertThat(letter.getCell(8).getStringCellValue()).isEqualTo(Comparison.TOO_SMALL);
            assertThat(letter.getCell(9).getStringCellValue()).isEqualTo("not measured: the holdout is too small for a conclusion");
            assertThat(letter.getCell(11).getStringCellValue()).isEqualTo(letter.getCell(9).getStringCellValue());
            assertThat(letter.getCell(10).getNumericCellValue()).isEqualTo(30);
        }
    }
}
