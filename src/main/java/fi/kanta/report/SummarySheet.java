package fi.kanta.report;

import java.util.List;
import fi.kanta.words.Words;
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

    private final Words words;
    private final XSSFSheet sheet;
    private final CellStyle bold;
    private final CellStyle percent;
    private final CellStyle money;
    private int next;

    private SummarySheet(XSSFWorkbook workbook, Words words) {
        this.words = words;
        sheet = workbook.createSheet(words.text("report.xlsx.sheet"));
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    /** A new in-memory workbook holding only the Summary sheet of this report, in the marketer's language. */
    static XSSFWorkbook workbook(RunReport report, Words words) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        new SummarySheet(workbook, words).fill(report);
        return workbook;
    }

    private void fill(RunReport report) {
        heading(words.text("report.title", report.run(), words.date(report.selectedAt().toLocalDate())));
        text(ReportText.window(report, words));
        next++;
        groups(report);
        next++;
        differences(report);
        next++;
        header(words.text("report.xlsx.stage"), words.text("report.xlsx.channel"), words.text("report.xlsx.customers"));
        report.funnel().forEach(row -> values(stage(row.stage()), row.channel(), row.customers()));
        next++;
        delivery(report);
        next++;
        int chartData = next;
        chartData(report);
        SummaryCharts.draw(sheet, chartData, report.comparisons().size(), next + 1, words);
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
        header(words.text("report.xlsx.compare"), words.text("report.xlsx.group"), words.text("report.xlsx.customers"),
                words.text("report.xlsx.bought"), words.text("report.xlsx.conversion"), words.text("report.xlsx.revenue", report.currency()),
                words.text("report.xlsx.revenue-per-customer"), words.text("report.xlsx.offers"));
        for (Comparison c : report.comparisons()) {
            group(label(c), words.text("report.group.target"), c.target(), c.offersRedeemed());
            group(label(c), words.text("report.group.holdout"), c.holdout(), 0);
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
        String low = words.text("report.xlsx.low");
        String high = words.text("report.xlsx.high");
        String conclusion = words.text("report.xlsx.conclusion");
        header(words.text("report.xlsx.difference"), words.text("report.xlsx.conversion"), low, high, conclusion,
                words.text("report.xlsx.revenue-per-customer"), low, high, conclusion, words.text("report.xlsx.incremental"),
                words.text("report.xlsx.costs"), words.text("report.xlsx.return"));
        String notMeasured = words.text("report.xlsx.not-measured", words.text("report.verdict.too-small"));
        for (Comparison c : report.comparisons()) {
            Row row = values(label(c));
            interval(row, 1, c.conversionDifference(), percent);
            row.createCell(4).setCellValue(ReportText.verdict(c, c.conversionDifference(), words));
            interval(row, 5, c.revenueDifference(), money);
            row.createCell(8).setCellValue(ReportText.verdict(c, c.revenueDifference(), words));
            number(row, 10, c.costs().doubleValue(), money);
            if (c.tooSmall()) {
                // as the text report: no money figure without a conclusion (it would read as a result)
                row.createCell(9).setCellValue(notMeasured);
                row.createCell(11).setCellValue(notMeasured);
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
        header(words.text("report.xlsx.delivery"), words.text("report.xlsx.count"));
        values(words.text("report.sent"), d.sent());
        values(words.text("report.xlsx.printed"), d.printed());
        values(words.text("report.bounced"), d.bounced());
        values(words.text("report.withdrawn"), d.withdrawn());
        values(words.text("report.unconfirmed"), d.unconfirmed());
        values(words.text("report.xlsx.resent"), d.resent());
        values(words.text("report.failed"), d.failed());
        d.answers().forEach(answer -> values("  " + answer.reply(), answer.messages()));
        values(words.text("report.unsubscribed"), d.unsubscribed());
        if (report.clicks().any()) {
            values(words.text("report.clicks.messages"), report.clicks().messages());
            values(words.text("report.clicks"), report.clicks().clicks());
            report.clicks().links().forEach(link -> values("  " + link.link(), link.clicks()));
            values(words.text("report.clicks.suspect"), report.clicks().suspect());
        }
        values(words.text("report.xlsx.letters-posted"), d.lettersSent());
        values(words.text("report.xlsx.emails-sent"), d.emailsSent());
        number(values(words.text("report.xlsx.letter-cost", report.currency())), 1, report.letterCost().doubleValue(), money);
        number(values(words.text("report.xlsx.sending-cost", report.currency())), 1, report.sendingCost().doubleValue(), money);
    }

    /** The charts' source: one column per comparison, a row per series. */
    private void chartData(RunReport report) {
        List<Comparison> comparisons = report.comparisons();
        Row labels = values(words.text("report.xlsx.chart-data"));
        for (int i = 0; i < comparisons.size(); i++) {
            labels.createCell(i + 1).setCellValue(label(comparisons.get(i)));
        }
        Row targetConversion = values(words.text("report.xlsx.series.target-conversion"));
        Row holdoutConversion = values(words.text("report.xlsx.series.holdout-conversion"));
        Row targetRevenue = values(words.text("report.xlsx.series.target-revenue"));
        Row holdoutRevenue = values(words.text("report.xlsx.series.holdout-revenue"));
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            number(targetConversion, i + 1, c.target().conversion(), percent);
            number(holdoutConversion, i + 1, c.holdout().conversion(), percent);
            number(targetRevenue, i + 1, c.target().revenuePerCustomer(), money);
            number(holdoutRevenue, i + 1, c.holdout().revenuePerCustomer(), money);
        }
    }

    /** A comparison's channel, or "all channels". */
    private String label(Comparison c) {
        return c.label().equals("all") ? words.text("report.compare.all") : c.label();
    }

    private String stage(String stage) {
        return switch (stage) {
            case "segment" -> words.text("report.funnel.segment");
            case "target", "holdout" -> words.text("report.group." + stage);
            default -> ReportText.stageLabel(stage, words);
        };
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
