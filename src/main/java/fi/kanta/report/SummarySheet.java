package fi.kanta.report;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Summary sheet of a report workbook: the printed report's numbers as tables (money in the
 * base currency, rates as percentages, differences with their 95 % interval and the conclusion in
 * words) and, from a small block of chart data, the charts of {@link SummaryCharts}.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    /** In place of incremental revenue and return when the holdout is too small to conclude anything. */
    static final String NOT_MEASURED = "not measured: " + Comparison.TOO_SMALL;

    private final XSSFSheet sheet;
    private final CellStyle bold;
    private final CellStyle percent;
    private final CellStyle money;
    private int next;

    private SummarySheet(XSSFWorkbook workbook) {
        sheet = workbook.createSheet(NAME);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    /** A new in-memory workbook holding only the Summary sheet of this report. */
    static XSSFWorkbook workbook(RunReport report) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        new SummarySheet(workbook).fill(report);
        return workbook;
    }

    private void fill(RunReport report) {
        heading("Results of " + report.run() + " (selected " + report.selectedAt().toLocalDate() + ")");
        text(ReportText.window(report));
        next++;
        groups(report);
        next++;
        differences(report);
        next++;
        header("Funnel stage", "Channel", "Customers");
        report.funnel().forEach(row -> values(row.stage(), row.channel(), row.customers()));
        next++;
        delivery(report);
        next++;
        int chartData = next;
        chartData(report);
        SummaryCharts.draw(sheet, chartData, report.comparisons().size(), next + 1);
        for (int column = 0; column < 12; column++) {
            sheet.setColumnWidth(column, (column == 0 ? 30 : 16) * 256);
        }
        // printed (or saved as PDF) landscape, one page wide, so a chart is never cut between pages
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, SummaryCharts.COLUMNS, 0,
                next + 1 + SummaryCharts.HEIGHT);
    }

    private void groups(RunReport report) {
        header("Target vs holdout", "Group", "Customers", "Bought", "Conversion", "Revenue (" + report.currency() + ")",
                "Revenue per customer", "Offer codes redeemed");
        for (Comparison c : report.comparisons()) {
            group(c.label(), "target", c.target(), c.offersRedeemed());
            group(c.label(), "holdout", c.holdout(), 0);
        }
    }

    private void group(String label, String group, GroupOutcome outcome, long redeemed) {
        Row row = values(label, group, outcome.customers(), outcome.buyers());
        number(row, 4, outcome.conversion(), percent);
        number(row, 5, outcome.revenue().doubleValue(), money);
        number(row, 6, outcome.revenuePerCustomer(), money);
        row.createCell(7).setCellValue(redeemed);
    }

    private void differences(RunReport report) {
        header("Difference (target − holdout)", "Conversion", "95 % CI low", "95 % CI high", "Conclusion", "Revenue per customer",
                "95 % CI low", "95 % CI high", "Conclusion", "Incremental revenue", "Costs", "Return");
        for (Comparison c : report.comparisons()) {
            Row row = values(c.label());
            interval(row, 1, c.conversionDifference(), percent);
            row.createCell(4).setCellValue(c.verdict(c.conversionDifference()));
            interval(row, 5, c.revenueDifference(), money);
            row.createCell(8).setCellValue(c.verdict(c.revenueDifference()));
            number(row, 10, c.costs().doubleValue(), money);
            if (c.tooSmall()) {
                // as the text report: no money figure without a conclusion (it would read as a result)
                row.createCell(9).setCellValue(NOT_MEASURED);
                row.createCell(11).setCellValue(NOT_MEASURED);
                continue;
            }
            number(row, 9, c.incrementalRevenue(), money);
            if (c.returnOnCost().isPresent()) {
                number(row, 11, c.returnOnCost().getAsDouble(), percent);
            }
        }
    }

    private void delivery(RunReport report) {
        DeliveryCounts d = report.delivery();
        header("Delivery (targets)", "Count");
        values("sent", d.sent());
        values("letters printed, not yet posted", d.printed());
        values("bounced", d.bounced());
        values("withdrawn", d.withdrawn());
        values("unconfirmed", d.unconfirmed());
        values("sent again after a crash", d.resent());
        values("failed", d.failed());
        d.answers().forEach(answer -> values("  " + answer.reply(), answer.messages()));
        values("unsubscribed after the send", d.unsubscribed());
        values("letters posted", d.lettersSent());
        values("emails sent", d.emailsSent());
        number(values("letter cost (" + report.currency() + ")"), 1, report.letterCost().doubleValue(), money);
        number(values("sending cost (" + report.currency() + ")"), 1, report.sendingCost().doubleValue(), money);
    }

    /** The charts' source: one column per comparison, a row per series. */
    private void chartData(RunReport report) {
        List<Comparison> comparisons = report.comparisons();
        Row labels = values("Chart data");
        for (int i = 0; i < comparisons.size(); i++) {
            labels.createCell(i + 1).setCellValue(comparisons.get(i).label());
        }
        Row targetConversion = values(SummaryCharts.TARGET + " conversion");
        Row holdoutConversion = values(SummaryCharts.HOLDOUT + " conversion");
        Row targetRevenue = values(SummaryCharts.TARGET + " revenue per customer");
        Row holdoutRevenue = values(SummaryCharts.HOLDOUT + " revenue per customer");
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            number(targetConversion, i + 1, c.target().conversion(), percent);
            number(holdoutConversion, i + 1, c.holdout().conversion(), percent);
            number(targetRevenue, i + 1, c.target().revenuePerCustomer(), money);
            number(holdoutRevenue, i + 1, c.holdout().revenuePerCustomer(), money);
        }
    }

    private void interval(Row row, int column, Interval interval, CellStyle style) {
        if (!Double.isNaN(interval.estimate())) {
            number(row, column, interval.estimate(), style);
            number(row, column + 1, interval.low(), style);
            number(row, column + 2, interval.high(), style);
        }
    }

    private void heading(String text) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(bold);
    }

    private void text(String text) {
        sheet.createRow(next++).createCell(0).setCellValue(text);
    }

    private void header(String... titles) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(bold);
        }
    }

    /** A row of text and whole numbers; text is always a string cell. */
    private Row values(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else {
                row.createCell(i).setCellValue(String.valueOf(values[i]));
            }
        }
        return row;
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }
}
