package fi.kanta.chart;

import java.util.Locale;

/**
 * A small line chart as SVG any browser opens, for the backtests: a 640 × 400 frame with its two axes,
 * the labels of the x-axis points, and a few series with their legend. Drawn by hand: a handful of
 * series of ten points need no charting library. {@code left} and {@code top} leave room for the
 * y-axis labels and for the lines of text above the chart.
 */
public final class LineChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int BOTTOM = 50;

    private final int left;
    private final int top;
    private final double max;
    private final StringBuilder svg = new StringBuilder();

    /** A chart whose y-axis runs from 0 to {@code max}. */
    public LineChart(int left, int top, double max) {
        this.left = left;
        this.top = top;
        this.max = max;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
    }

    /** Appends SVG as given (a background): the caller formats it. */
    public LineChart raw(String element) {
        svg.append(element);
        return this;
    }

    /** The title's and subtitle's x, where the frame's text starts. */
    public int left() {
        return left;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /** A line of text at the top left, at height {@code y} (a title, a note under it), escaped for the SVG. */
    public LineChart text(int y, int fontSize, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">%s</text>%n", left, y, fontSize, escaped(text)));
        return this;
    }

    /** The two axes, the x-axis's title under it, and the y-axis's top and bottom labels. */
    public LineChart axes(String xTitle, String topLabel, String bottomLabel) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                left, HEIGHT - BOTTOM, WIDTH - 20, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                left, top, left, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                (left + WIDTH) / 2, HEIGHT - 10, escaped(xTitle)));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", top + 4, topLabel));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", HEIGHT - BOTTOM + 4, bottomLabel));
        return this;
    }

    /** The label of the {@code i}-th of {@code count} points under the x-axis. */
    public LineChart pointLabel(int i, int count, String label) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x(i, count),
                HEIGHT - BOTTOM + 18, label));
        return this;
    }

    /** One series as a line in {@code colour}, named in the legend's {@code legend}-th row. */
    public LineChart series(double[] values, String colour, String name, int legend) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, values.length), y(values[i])));
        }
        svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                colour, points.toString().strip()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", left + 10,
                top + 16 + 16 * legend, colour, escaped(name)));
        return this;
    }

    /** Words from the bundles may hold an ampersand or an angle bracket, which SVG text must not hold as they are. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public String svg() {
        return svg + "</svg>\n";
    }

    private double x(int i, int count) {
        return left + 30 + i * (WIDTH - left - 60) / (double) Math.max(1, count - 1);
    }

    private double y(double value) {
        return HEIGHT - BOTTOM - value / max * (HEIGHT - BOTTOM - top);
    }
}
