package fi.kanta.scoring;

import fi.kanta.chart.LineChart;
import java.util.Locale;

/**
 * The backtest as an SVG chart any browser opens: mean purchase days per customer in the holdout,
 * predicted against actual, by repeat purchase days in calibration.
 */
final class BacktestChart {

    private BacktestChart() {
    }

    static String svg(BacktestReport report) {
        int groups = report.count().length;
        double[] predicted = new double[groups];
        double[] actual = new double[groups];
        double max = 0.1;
        for (int g = 0; g < groups; g++) {
            double n = Math.max(1, report.count()[g]);
            predicted[g] = report.predicted()[g] / n;
            actual[g] = report.actual()[g] / n;
            max = Math.max(max, Math.max(predicted[g], actual[g]));
        }
        LineChart chart = new LineChart(60, 40, max);
        chart.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\">Purchase days per customer,"
                + " %s to %s: predicted and actual</text>%n", chart.left(), report.calibrateUntil().plusDays(1), report.holdoutUntil()));
        chart.axes("repeat purchase days up to " + report.calibrateUntil(), String.format(Locale.ROOT, "%.2f", max), "0");
        for (int g = 0; g < groups; g++) {
            chart.pointLabel(g, groups, BacktestReport.label(g));
        }
        return chart.series(actual, "#1f77b4", "actual", 0).series(predicted, "#d62728", "predicted (BG/NBD)", 1).svg();
    }
}
