package fi.kanta.picks;

import java.util.Locale;

/**
 * The picks' backtest as an SVG chart any browser opens: the share of customers who bought one of their
 * top-k products, k = 1 … 10, for the picks and for the best sellers of their favourite category, with
 * the top 10's difference and its interval written under the title. Drawn by hand, like the purchase
 * model's backtest chart.
 */
final class PickBacktestChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int LEFT = 70;
    private static final int BOTTOM = 50;
    private static final int TOP = 60;

    private PickBacktestChart() {
    }

    static String svg(PickBacktestReport report) {
        int k = report.picksHitBy().length;
        double max = 0.01;
        for (int i = 1; i <= k; i++) {
            max = Math.max(max, Math.max(report.picksShare(i), report.popularShare(i)));
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\">Customers who bought one of their top k,"
                + " %s to %s</text>%n", LEFT, report.calibrateUntil().plusDays(1), report.holdoutUntil()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"38\">top %d: picks %+.2f points against the best sellers"
                + " (95%% interval %+.2f to %+.2f)</text>%n", LEFT, k, 100 * report.difference(), 100 * report.low(),
                100 * report.high()));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, HEIGHT - BOTTOM, WIDTH - 20, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, TOP, LEFT, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">k (products listed)</text>%n",
                (LEFT + WIDTH) / 2, HEIGHT - 10));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%.1f %%</text>%n", TOP + 4, 100 * max));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">0 %%</text>%n", HEIGHT - BOTTOM + 4));
        double[] picks = new double[k];
        double[] popular = new double[k];
        for (int i = 0; i < k; i++) {
            picks[i] = report.picksShare(i + 1);
            popular[i] = report.popularShare(i + 1);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x(i, k),
                    HEIGHT - BOTTOM + 18, i + 1));
        }
        series(svg, picks, max, "#1f77b4", "picks", 0);
        series(svg, popular, max, "#d62728", "best sellers of the favourite category", 1);
        return svg.append("</svg>\n").toString();
    }

    private static void series(StringBuilder svg, double[] values, double max, String colour, String name, int legend) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, values.length), y(values[i], max)));
        }
        svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                colour, points.toString().strip()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", LEFT + 10,
                TOP + 16 + 16 * legend, colour, name));
    }

    private static double x(int i, int count) {
        return LEFT + 30 + i * (WIDTH - LEFT - 60) / (double) Math.max(1, count - 1);
    }

    private static double y(double value, double max) {
        return HEIGHT - BOTTOM - value / max * (HEIGHT - BOTTOM - TOP);
    }
}
