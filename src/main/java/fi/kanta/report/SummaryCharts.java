package fi.kanta.report;

import fi.kanta.words.Words;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Two clustered bar charts (POI's XDDF) under the Summary tables: conversion and revenue per
 * customer, target against holdout, per slice (all channels, then each channel). Two charts, not
 * one, because a rate and an amount of money do not share an axis. The bars read the chart-data
 * cells, so the numbers behind them are on the sheet.
 *
 * <p>Every series has its fill colour written out: a bar series without one is drawn by Excel in
 * the theme's colours but by LibreOffice with no fill at all (the charts showed no bars there).
 */
final class SummaryCharts {

    /** The target's bars: a strong blue. */
    static final byte[] TARGET_COLOUR = {(byte) 0x1F, (byte) 0x5F, (byte) 0xA8};
    /** The holdout's bars: a grey that prints apart from the blue in black and white too. */
    static final byte[] HOLDOUT_COLOUR = {(byte) 0xA0, (byte) 0xA0, (byte) 0xA0};
    private static final int WIDTH = 7;
    /** Rows a chart takes under the tables. */
    static final int HEIGHT = 16;
    /** Columns the two charts side by side take. */
    static final int COLUMNS = 2 * WIDTH + 1;

    private SummaryCharts() {
    }

    /**
     * @param dataRow the chart data's label row; the four series rows follow it
     * @param slices  how many comparisons (columns 1..slices)
     * @param top     the first row under the tables, where the charts go
     */
    static void draw(XSSFSheet sheet, int dataRow, int slices, int top, Words words) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        chart(sheet, drawing, words.text("report.xlsx.chart.conversion"), dataRow, slices, dataRow + 1, 0, top, words);
        chart(sheet, drawing, words.text("report.xlsx.chart.revenue"), dataRow, slices, dataRow + 3, WIDTH + 1, top, words);
    }

    private static void chart(XSSFSheet sheet, XSSFDrawing drawing, String title, int labelRow, int slices, int targetRow,
            int column, int top, Words words) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, top, column + WIDTH, top + HEIGHT));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis slicesAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(labelRow, labelRow, 1, slices));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, slicesAxis, values);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        series(sheet, bars, labels, words.text("report.xlsx.series.target"), targetRow, slices, TARGET_COLOUR);
        series(sheet, bars, labels, words.text("report.xlsx.series.holdout"), targetRow + 1, slices, HOLDOUT_COLOUR);
        chart.plot(bars);
    }

    private static void series(XSSFSheet sheet, XDDFBarChartData bars, XDDFDataSource<String> labels, String name, int row,
            int slices, byte[] colour) {
        XDDFChartData.Series series = bars.addSeries(labels,
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(row, row, 1, slices)));
        series.setTitle(name, null);
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(colour));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(fill);
        shape.setLineProperties(new XDDFLineProperties(fill));
        series.setShapeProperties(shape);
    }
}
