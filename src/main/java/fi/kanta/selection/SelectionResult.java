package fi.kanta.selection;

import fi.kanta.words.SaidError;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What a selection found: the funnel from segment to recipients, the split per channel, the letter
 * cost, a few sample recipients and any warnings. A dry run prints it; a run records it.
 */
public record SelectionResult(
        String campaign,
        String runKey,
        long segmentMembers,
        Map<FunnelStage, Long> removed,
        Map<ChannelType, Groups> channels,
        BigDecimal letterCost,
        List<Sample> samples,
        List<SaidError.Part> warnings,
        OptionalLong runId,
        long millis) {

    /** Target and holdout counts on one channel. */
    public record Groups(long targets, long holdout) {
    }

    /** One recipient as a dry run shows it. */
    public record Sample(long ranking, String externalId, String name, ChannelType channel, boolean holdout, double value) {
    }

    /** Targets on the letter channel times its cost per letter. */
    static BigDecimal letterCost(Campaign campaign, Map<ChannelType, Groups> channels) {
        long letters = channels.getOrDefault(ChannelType.LETTER, new Groups(0, 0)).targets();
        return campaign.channel(ChannelType.LETTER).flatMap(Campaign.Channel::cost)
                .map(cost -> cost.multiply(BigDecimal.valueOf(letters))).orElse(BigDecimal.ZERO);
    }

    public long targets() {
        return channels.values().stream().mapToLong(Groups::targets).sum();
    }

    public long holdout() {
        return channels.values().stream().mapToLong(Groups::holdout).sum();
    }
}
