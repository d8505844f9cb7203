package fi.kanta.report;

import java.time.LocalDateTime;

/**
 * A run's targets against its holdout, over all channels, as the console's home page shows it and
 * {@code run_result} keeps it (see {@link KeptResults}).
 *
 * @param windowEnded false: results so far (the window was still open when they were computed)
 * @param verdict     {@code too-small}, {@code no-effect}, {@code better} or {@code worse}: the text
 *                    {@code console.home.verdict.<verdict>}, from the conversion difference's 95 % interval
 * @param extra       revenue on top of what the targets would have bought anyway, in {@code currency}
 */
public record RunResult(String run, LocalDateTime selectedAt, LocalDateTime windowEnd, boolean windowEnded, long targets, long holdout,
                        double targetConversion, double holdoutConversion, String verdict, double extra, String currency) {

    /** The overall comparison of the report, in the words the home page has for it. */
    public static RunResult of(RunReport report) {
        Comparison overall = report.overall();
        Interval difference = overall.conversionDifference();
        String verdict = overall.tooSmall() || Double.isNaN(difference.estimate()) ? "too-small"
                : difference.includesZero() ? "no-effect" : difference.estimate() > 0 ? "better" : "worse";
        return new RunResult(report.run(), report.selectedAt(), report.windowEnd(), report.windowEnded(), overall.target().customers(),
                overall.holdout().customers(), overall.target().conversion(), overall.holdout().conversion(), verdict,
                overall.incrementalRevenue(), report.currency());
    }
}
