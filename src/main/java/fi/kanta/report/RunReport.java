package fi.kanta.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A run's results: its funnel, its delivery, its costs and target against holdout over the window
 * {@code [selectedAt, windowEnd)}; {@code windowEnded} false means results so far; the clicks on its
 * counted links, when the shop counts them; how each of the offer's rewards did, when it has more than one.
 */
public record RunReport(String campaign, String runKey, LocalDateTime selectedAt, int windowDays, LocalDateTime windowEnd,
        boolean windowEnded, List<FunnelCount> funnel, DeliveryCounts delivery, BigDecimal letterCost, BigDecimal sendingCost,
        List<Comparison> comparisons, String currency, ClickCounts clicks, List<RewardOutcome> rewards) {

    /** One reward of the offer: its number, what it gives and to whom, and how its targets and holdout did. */
    public record RewardOutcome(int number, String discount, String forWhom, GroupOutcome target, GroupOutcome holdout) {
    }

    /** A report without clicks. */
    public RunReport(String campaign, String runKey, LocalDateTime selectedAt, int windowDays, LocalDateTime windowEnd,
            boolean windowEnded, List<FunnelCount> funnel, DeliveryCounts delivery, BigDecimal letterCost, BigDecimal sendingCost,
            List<Comparison> comparisons, String currency) {
        this(campaign, runKey, selectedAt, windowDays, windowEnd, windowEnded, funnel, delivery, letterCost, sendingCost, comparisons,
                currency, ClickCounts.NONE, List.of());
    }

    public String run() {
        return campaign + "/" + runKey;
    }

    /** Target against holdout over all channels (the first comparison). */
    public Comparison overall() {
        return comparisons.get(0);
    }
}
