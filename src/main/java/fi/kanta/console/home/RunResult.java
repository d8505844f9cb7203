package fi.kanta.console.home;

import java.time.LocalDateTime;

/**
 * A run's targets against its holdout, over all channels, as the home page shows it.
 *
 * @param windowEnded false: results so far (the window is still open)
 * @param verdict     {@code too-small}, {@code no-effect}, {@code better} or {@code worse}: the text
 *                    {@code console.home.verdict.<verdict>}, from the conversion difference's 95 % interval
 * @param extra       revenue on top of what the targets would have bought anyway, in {@code currency}
 */
public record RunResult(String run, LocalDateTime selectedAt, boolean windowEnded, long targets, long holdout,
                        double targetConversion, double holdoutConversion, String verdict, double extra, String currency) {
}
