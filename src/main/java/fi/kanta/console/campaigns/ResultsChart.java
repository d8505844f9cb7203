package fi.kanta.console.campaigns;

import fi.kanta.report.Comparison;
import fi.kanta.report.Interval;
import fi.kanta.report.RunReport;
import fi.kanta.words.Words;
import java.util.List;
import java.util.Locale;

/**
 * The results chart, drawn on the server as SVG (no script, nothing fetched): for each slice of
 * the run (all channels, then each channel) the target's and the holdout's conversion as bars, and
 * beside them the difference with its 95 % interval as a whisker around the zero line, so that
 * "the interval crosses zero" can be seen. Text is escaped; colours keep a 4.5:1 contrast on white.
 */
final class ResultsChart {

    private static final int ROW = 70;
    private static final int LEFT = 110;
    private static final int BARS = 260;
    private static final int GAP = 40;
    private static final int WHISKERS = 260;
    private static final String TARGET = "#1f5f99";
    private static final String HOLDOUT = "#6b6b6b";

    private ResultsChart() {
    }

    static String svg(RunReport report, Words words) {
        List<Comparison> slices = report.comparisons();
        double maxConversion = slices.stream().mapToDouble(c -> Math.max(c.target().conversion(), c.holdout().conversion()))
                .max().orElse(0);
        double scale = maxConversion <= 0 ? 1 : maxConversion;
        double reach = slices.stream().map(Comparison::conversionDifference).filter(i -> !Double.isNaN(i.estimate()))
                .mapToDouble(i -> Math.max(Math.abs(i.low()), Math.abs(i.high()))).max().orElse(0);
        double half = reach <= 0 ? 0.01 : reach;
        int width = LEFT + BARS + GAP + WHISKERS + 20;
        int height = 40 + ROW * slices.size() + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">", width, height, width, height));
        svg.append("<title>").append(escape(words.textOr("console.results.chart", "Conversion: target against holdout")))
                .append("</title>");
        text(svg, LEFT, 18, words.textOr("console.results.chart.conversion", "conversion"), "start");
        text(svg, LEFT + BARS + GAP, 18, words.textOr("console.results.chart.difference", "difference (95 % interval)"), "start");
        int zero = LEFT + BARS + GAP + WHISKERS / 2;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"28\" x2=\"%d\" y2=\"%d\" stroke=\"#333\" stroke-dasharray=\"3 3\"/>",
                zero, zero, height - 10));
        int y = 40;
        for (Comparison slice : slices) {
            text(svg, LEFT - 8, y + 26, slice.label(), "end");
            bar(svg, y + 6, slice.target().conversion() / scale, TARGET, words.percent(slice.target().conversion())
                    + " " + words.text("report.group.target"));
            bar(svg, y + 30, slice.holdout().conversion() / scale, HOLDOUT, words.percent(slice.holdout().conversion())
                    + " " + words.text("report.group.holdout"));
            Interval difference = slice.conversionDifference();
            if (Double.isNaN(difference.estimate())) {
                text(svg, zero + 8, y + 26, words.textOr("console.results.not-measured", "not measured"), "start");
            } else {
                double unit = (WHISKERS / 2.0 - 10) / half;
                double low = zero + difference.low() * unit;
                double high = zero + difference.high() * unit;
                double mid = zero + difference.estimate() * unit;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>",
                        low, y + 22, high, y + 22, TARGET));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\"/>", mid, y + 22, TARGET));
                text(svg, zero - WHISKERS / 2 + 4, y + 48, words.percent(difference.low()) + " … " + words.percent(difference.high()),
                        "start");
            }
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, int y, double share, String colour, String label) {
        int length = (int) Math.round(Math.max(0, share) * (BARS - 110));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"%s\"/>", LEFT, y, length, colour));
        text(svg, LEFT + length + 6, y + 14, label, "start");
    }

    private static void text(StringBuilder svg, int x, int y, String text, String anchor) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"#222\">", x, y, anchor))
                .append(escape(text)).append("</text>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
