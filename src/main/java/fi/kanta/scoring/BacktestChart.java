package fi.kanta.scoring;

import java.util.Locale;

/**
 * The backtest as an SVG chart any browser opens: mean purchase days per customer in the holdout,
 * predicted against actual, by repeat purchase days in calibration. Drawn by hand: two series of
 * eight points need no charting library.
 */
final class BacktestChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int LEFT = 60;
    private static final int BOTTOM = 50;
    private static final int TOP = 40;

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
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\">Purchase days per customer,"
                + " %s to %s: predicted and actual</text>%n", LEFT, report.calibrateUntil().plusDays(1), report.holdoutUntil()));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, HEIGHT - BOTTOM, WIDTH - 20, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, TOP, LEFT, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">repeat purchase days"
                + " up to %s</text>%n", (LEFT + WIDTH) / 2, HEIGHT - 10, report.calibrateUntil()));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%.2f</text>%n", TOP + 4, max));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">0</text>%n", HEIGHT - BOTTOM + 4));
        for (int g = 0; g < groups; g++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x(g, groups), HEIGHT - BOTTOM + 18, BacktestReport.label(g)));
        }
        series(svg, actual, max, "#1f77b4", "actual", 0);
        series(svg, predicted, max, "#d62728", "predicted (BG/NBD)", 1);
        return svg.append("</svg>\n").toString();
    }

    private static void series(StringBuilder svg, double[] values, double max, String colour, String name, int legend) {
        StringBuilder points = new StringBuilder();
        for (int g = 0; g < values.length; g++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(g, values.length), y(values[g], max)));
        }
        svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                colour, points.toString().strip()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", LEFT + 10,
                TOP + 16 + 16 * legend, colour, name));
    }

    private static double x(int group, int groups) {
        return LEFT + 30 + group * (WIDTH - LEFT - 60) / (double) (groups - 1);
    }

    private static double y(double value, double max) {
        return HEIGHT - BOTTOM - value / max * (HEIGHT - BOTTOM - TOP);
    }
}
