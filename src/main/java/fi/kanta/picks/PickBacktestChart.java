package fi.kanta.picks;

import fi.kanta.chart.LineChart;
import fi.kanta.words.Words;
import java.util.Locale;

/**
 * The picks' backtest as an SVG chart any browser opens: the share of customers who bought one of their
 * top-k products, k = 1 … 10, for the picks and for the best sellers of their favourite category, with
 * the top 10's difference and its interval written under the title.
 */
final class PickBacktestChart {

    private PickBacktestChart() {
    }

    /** The chart with its title, axis and legend in {@code words}' language. */
    static String svg(PickBacktestReport report, Words words) {
        int k = report.picksHitBy().length;
        double max = 0.01;
        for (int i = 1; i <= k; i++) {
            max = Math.max(max, Math.max(report.picksShare(i), report.popularShare(i)));
        }
        LineChart chart = new LineChart(70, 60, max);
        chart.raw(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", chart.width(), chart.height()));
        chart.text(20, 14, words.text("picks.backtest.chart.title", words.date(report.calibrateUntil().plusDays(1)),
                words.date(report.holdoutUntil())));
        chart.text(38, 12, words.text("picks.backtest.chart.difference", k, words.signed(100 * report.difference(), 2),
                words.signed(100 * report.low(), 2), words.signed(100 * report.high(), 2)));
        chart.axes(words.text("picks.backtest.chart.x"), words.decimal(100 * max, 1) + " %", "0 %");
        double[] picks = new double[k];
        double[] popular = new double[k];
        for (int i = 0; i < k; i++) {
            picks[i] = report.picksShare(i + 1);
            popular[i] = report.popularShare(i + 1);
            chart.pointLabel(i, k, String.valueOf(i + 1));
        }
        return chart.series(picks, "#1f77b4", words.text("picks.backtest.chart.picks"), 0)
                .series(popular, "#d62728", words.text("picks.backtest.chart.best-sellers"), 1).svg();
    }
}
