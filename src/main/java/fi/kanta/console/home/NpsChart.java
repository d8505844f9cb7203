package fi.kanta.console.home;

import fi.kanta.report.NpsMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * NPS by month as an SVG bar chart drawn on the server: one bar per month from the zero line up (or
 * down) to the month's NPS on a scale of -100 to +100; a month without answers has no bar. The
 * template draws it from these numbers (no script, no inline style); a table beside it gives the same
 * numbers to a screen reader.
 */
public record NpsChart(List<Bar> bars) {

    static final double WIDTH = 640;
    static final double HEIGHT = 220;
    /** Room above and below the scale for the numbers and the months. */
    static final double MARGIN = 24;
    static final double ZERO = HEIGHT / 2;
    private static final double HALF = ZERO - MARGIN;

    /** One month's bar in the chart's coordinates. */
    public record Bar(String month, Integer nps, long answers, double x, double y, double width, double height,
                      double labelY, boolean negative) {
    }

    static NpsChart of(List<NpsMonth> months) {
        List<Bar> bars = new ArrayList<>();
        double slot = WIDTH / Math.max(1, months.size());
        for (int i = 0; i < months.size(); i++) {
            NpsMonth month = months.get(i);
            Integer nps = month.nps().orElse(null);
            double length = nps == null ? 0 : Math.abs(nps) * HALF / 100;
            boolean negative = nps != null && nps < 0;
            double y = negative ? ZERO : ZERO - length;
            double labelY = negative ? ZERO + length + 14 : ZERO - length - 5;
            bars.add(new Bar(month.month().toString(), nps, month.answers(), i * slot + slot * 0.15, y, slot * 0.7, length,
                    labelY, negative));
        }
        return new NpsChart(bars);
    }

    public double width() {
        return WIDTH;
    }

    public double height() {
        return HEIGHT;
    }

    public double zero() {
        return ZERO;
    }

    /** The baseline of the month labels, below the scale. */
    public double monthY() {
        return HEIGHT + 14;
    }

    /** The whole drawing's height: the scale and the month labels. */
    public double viewHeight() {
        return HEIGHT + 22;
    }

    public boolean hasAnswers() {
        return bars.stream().anyMatch(bar -> bar.nps() != null);
    }
}
