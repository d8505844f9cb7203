package fi.kanta.selection;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.selection.SelectionResult.Groups;
import fi.kanta.selection.SelectionResult.Sample;
import java.util.Map;

/** The funnel of a selection as the marketer reads it: what each stage removed, and what is left per channel. */
public final class SelectionReport {

    private SelectionReport() {
    }

    public static String format(Campaign campaign, SelectionResult result, String currency) {
        StringBuilder out = new StringBuilder();
        line(out, "segment \"" + campaign.segment().name() + "\"", result.segmentMembers());
        long left = result.segmentMembers();
        for (FunnelStage stage : FunnelStage.values()) {
            long removed = result.removed().getOrDefault(stage, 0L);
            if (stage == FunnelStage.ROBINSON && removed == 0) {
                continue; // only letter campaigns meet the register: no line for it elsewhere
            }
            left -= removed;
            String label = stage == FunnelStage.FREQUENCY_CAP
                    ? "contacted in the last " + campaign.selection().frequencyCap().days() + " days (frequency cap)" : stage.label();
            line(out, "  - " + label, -removed);
        }
        line(out, "= recipients", left);
        for (Map.Entry<ChannelType, Groups> channel : result.channels().entrySet()) {
            out.append(String.format("    %-8s %,10d target  %,8d holdout%n", channel.getKey().id(),
                    channel.getValue().targets(), channel.getValue().holdout()));
        }
        if (campaign.channel(ChannelType.LETTER).flatMap(Campaign.Channel::cost).isPresent()) {
            out.append(String.format("  letter cost: %,.2f %s for %,d letters%s%n", result.letterCost(), currency,
                    result.channels().getOrDefault(ChannelType.LETTER, new Groups(0, 0)).targets(),
                    campaign.selection().letterBudget().map(b -> String.format(" (budget %,.2f)", b)).orElse("")));
        }
        if (!result.samples().isEmpty()) {
            out.append(String.format("%nTop %d recipients (ranked by %s):%n", result.samples().size(), campaign.selection().rankBy().id()));
            out.append(String.format("  %4s  %-14s %-30s %-7s %-8s %12s%n", "#", "customer", "name", "channel", "group", "value"));
            for (Sample s : result.samples()) {
                out.append(String.format("  %4d  %-14s %-30s %-7s %-8s %12.2f%n", s.ranking(), s.externalId(), clip(s.name(), 30),
                        s.channel().id(), s.holdout() ? "holdout" : "target", s.value()));
            }
        }
        result.warnings().forEach(w -> out.append("Warning: ").append(w).append(System.lineSeparator()));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, long count) {
        out.append(String.format("  %-66s %,10d%n", label, count));
    }

    /** Names are shown as given but kept to the column; control characters are shown as '?'. */
    private static String clip(String text, int width) {
        String shown = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() <= width ? shown : shown.substring(0, width - 1) + "…";
    }
}
