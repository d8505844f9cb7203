package fi.kanta.selection;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.selection.SelectionResult.Groups;
import fi.kanta.selection.SelectionResult.Sample;
import fi.kanta.words.Words;
import java.util.Map;

/** The funnel of a selection as the marketer reads it: what each stage removed, and what is left per channel. */
public final class SelectionReport {

    private SelectionReport() {
    }

    /** The funnel in English (a launch's own lines, the log). */
    public static String format(Campaign campaign, SelectionResult result, String currency) {
        return format(campaign, result, currency, Words.english(campaign.zone()));
    }

    /** The funnel in the marketer's language. */
    public static String format(Campaign campaign, SelectionResult result, String currency, Words words) {
        StringBuilder out = new StringBuilder();
        line(out, words.text("funnel.segment", campaign.segment().name()), words.number(result.segmentMembers()));
        long left = result.segmentMembers();
        for (FunnelStage stage : FunnelStage.values()) {
            long removed = result.removed().getOrDefault(stage, 0L);
            if (stage == FunnelStage.ROBINSON && removed == 0) {
                continue; // only letter campaigns meet the register: no line for it elsewhere
            }
            if (stage == FunnelStage.OWN_LIMIT && removed == 0 && !campaign.selection().frequencyCap().counts()) {
                continue; // the customers' own limits hold only runs that count for the cap
            }
            left -= removed;
            String label = stage == FunnelStage.FREQUENCY_CAP
                    ? words.text("funnel.frequency_cap.days", campaign.selection().frequencyCap().days())
                    : words.textOr("funnel." + stage.id(), stage.label());
            line(out, "  - " + label, words.number(-removed));
        }
        line(out, "= " + words.text("funnel.recipients"), words.number(left));
        for (Map.Entry<ChannelType, Groups> channel : result.channels().entrySet()) {
            out.append(String.format("    %-8s %s%n", channel.getKey().id(), words.text("funnel.channel",
                    pad(words.number(channel.getValue().targets()), 10), pad(words.number(channel.getValue().holdout()), 8))));
        }
        if (campaign.channel(ChannelType.LETTER).flatMap(Campaign.Channel::cost).isPresent()) {
            out.append("  ").append(words.text("funnel.letter-cost", words.decimal(result.letterCost().doubleValue(), 2), currency,
                    words.count("count.letters", result.channels().getOrDefault(ChannelType.LETTER, new Groups(0, 0)).targets()),
                    campaign.selection().letterBudget().map(b -> words.text("funnel.budget-of", words.decimal(b.doubleValue(), 2)))
                            .orElse(""))).append('\n');
        }
        if (!result.samples().isEmpty()) {
            out.append('\n').append(words.count("funnel.samples", result.samples().size(), campaign.selection().rankBy().id())).append('\n');
            out.append(String.format("  %4s  %-14s %-30s %-7s %-8s %12s%n", "#", words.text("funnel.sample.customer"),
                    words.text("funnel.sample.name"), words.text("funnel.sample.channel"), words.text("funnel.sample.group"),
                    words.text("funnel.sample.value")));
            for (Sample s : result.samples()) {
                out.append(String.format("  %4d  %-14s %-30s %-7s %-8s %12s%n", s.ranking(), s.externalId(), clip(s.name(), 30),
                        s.channel().id(), words.text(s.holdout() ? "report.group.holdout" : "report.group.target"),
                        words.decimal(s.value(), 2)));
            }
        }
        result.warnings().forEach(w -> out.append(words.text("funnel.warning", w.said(words))).append(System.lineSeparator()));
        return out.toString();
    }

    /** A label and its count, the counts right-aligned in one column even where a language's label is longer than 66 characters. */
    private static void line(StringBuilder out, String label, String count) {
        out.append("  ").append(label).append(pad(count, Math.max(count.length() + 1, 77 - label.length()))).append(System.lineSeparator());
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    /** Names are shown as given but kept to the column; control characters are shown as '?'. */
    private static String clip(String text, int width) {
        String shown = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() <= width ? shown : shown.substring(0, width - 1) + "…";
    }
}
