package fi.kanta.scoring;

import fi.kanta.chart.LineChart;
import fi.kanta.words.Words;

/**
 * The backtest as an SVG chart any browser opens: mean purchase days per customer in the holdout,
 * predicted against actual, by repeat purchase days in calibration.
 */
final class BacktestChart {

    private BacktestChart() {
    }

    /** The chart with its title, axis and legend in {@code words}' language. */
    static String svg(BacktestReport report, Words words) {
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
        chart.text(20, 14, words.text("backtest.chart.title", words.date(report.calibrateUntil().plusDays(1)),
                words.date(report.holdoutUntil())));
        chart.axes(words.text("backtest.chart.x", words.date(report.calibrateUntil())), words.decimal(max, 2), "0");
        for (int g = 0; g < groups; g++) {
            chart.pointLabel(g, groups, BacktestReport.label(g));
        }
        return chart.series(actual, "#1f77b4", words.text("backtest.chart.actual"), 0)
                .series(predicted, "#d62728", words.text("backtest.chart.predicted"), 1).svg();
    }
}
