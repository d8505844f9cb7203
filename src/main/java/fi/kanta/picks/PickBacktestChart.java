package fi.kanta.picks;

import fi.kanta.chart.LineChart;
import java.util.Locale;

/**
 * The picks' backtest as an SVG chart any browser opens: the share of customers who bought one of their
 * top-k products, k = 1 … 10, for the picks and for the best sellers of their favourite category, with
 * the top 10's difference and its interval written under the title.
 */
final class PickBacktestChart {

    private PickBacktestChart() {
    }

    static String svg(PickBacktestReport report) {
        int k = report.picksHitBy().length;
        double max = 0.01;
        for (int i = 1; i <= k; i++) {
            max = Math.max(max, Math.max(report.picksShare(i), report.popularShare(i)));
        }
        LineChart chart = new LineChart(70, 60, max);
        chart.raw(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", chart.width(), chart.height()));
        chart.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\">Customers who bought one of their top k,"
                + " %s to %s</text>%n", chart.left(), report.calibrateUntil().plusDays(1), report.holdoutUntil()));
        chart.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"38\">top %d: picks %+.2f points against the best sellers"
                + " (95%% interval %+.2f to %+.2f)</text>%n", chart.left(), k, 100 * report.difference(), 100 * report.low(),
                100 * report.high()));
        chart.axes("k (products listed)", String.format(Locale.ROOT, "%.1f %%", 100 * max), "0 %");
        double[] picks = new double[k];
        double[] popular = new double[k];
        for (int i = 0; i < k; i++) {
            picks[i] = report.picksShare(i + 1);
            popular[i] = report.popularShare(i + 1);
            chart.pointLabel(i, k, String.valueOf(i + 1));
        }
        return chart.series(picks, "#1f77b4", "picks", 0)
                .series(popular, "#d62728", "best sellers of the favourite category", 1).svg();
    }
}
