package fi.kanta.console.campaigns;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.selection.FunnelStage;
import fi.kanta.selection.SelectionResult;
import fi.kanta.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A selection's funnel as a page shows it, in the marketer's words: the segment's members, what
 * each stage removed, the recipients per channel (target and holdout), the letter cost and the
 * best-ranked recipients. The same numbers and labels as the command line's
 * {@code SelectionReport}.
 */
public record Funnel(String segment, String members, List<Stage> stages, String recipients, List<ChannelLine> channels,
        Optional<String> letterCost, List<SelectionResult.Sample> samples, String rankedBy, List<String> warnings) {

    /** One stage: what it removed. */
    public record Stage(String label, String removed) {
    }

    /** Targets and holdout on one channel. */
    public record ChannelLine(String channel, String targets, String holdout) {
    }

    static Funnel of(Campaign campaign, SelectionResult result, String currency, Words words) {
        List<Stage> stages = new ArrayList<>();
        long left = result.segmentMembers();
        for (FunnelStage stage : FunnelStage.values()) {
            long removed = result.removed().getOrDefault(stage, 0L);
            if (stage == FunnelStage.ROBINSON && removed == 0) {
                continue; // only letter campaigns meet the register
            }
            left -= removed;
            String label = stage == FunnelStage.FREQUENCY_CAP
                    ? words.text("funnel.frequency_cap.days", campaign.selection().frequencyCap().days())
                    : words.textOr("funnel." + stage.id(), stage.label());
            stages.add(new Stage(label, words.number(-removed)));
        }
        List<ChannelLine> channels = result.channels().entrySet().stream().map(channel -> new ChannelLine(channel.getKey().id(),
                words.number(channel.getValue().targets()), words.number(channel.getValue().holdout()))).toList();
        Optional<String> cost = campaign.channel(ChannelType.LETTER).flatMap(Campaign.Channel::cost).map(perLetter ->
                words.text("funnel.letter-cost", words.decimal(result.letterCost().doubleValue(), 2), currency,
                        words.count("count.letters", result.channels().getOrDefault(ChannelType.LETTER, new SelectionResult.Groups(0, 0)).targets()),
                        campaign.selection().letterBudget().map(b -> words.text("funnel.budget-of", words.decimal(b.doubleValue(), 2)))
                                .orElse("")));
        return new Funnel(campaign.segment().name(), words.number(result.segmentMembers()), stages, words.number(left), channels,
                cost, result.samples(), campaign.selection().rankBy().id(),
                result.warnings().stream().map(warning -> warning.said(words)).toList());
    }
}
