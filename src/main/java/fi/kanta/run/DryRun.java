package fi.kanta.run;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.selection.SelectionReport;
import fi.kanta.selection.SelectionResult;

/** A run's whole selection made and shown, not written: the funnel and the first recipients. */
public record DryRun(Campaign campaign, String runKey, SelectionResult result, String currency) {

    /** For the marketer: the run, that nothing was written and how long it took, then the funnel. */
    public String describe() {
        return String.format("%s/%s, dry run: nothing was written (%.1f s)%n", campaign.name(), runKey, result.millis() / 1000.0)
                + SelectionReport.format(campaign, result, currency);
    }

    /** The question before a run sends: how many customers, by email and by letter. */
    public String question() {
        return String.format("Send to %,d customers (%,d emails, %,d letters)? [y/N] ", result.targets(),
                targets(ChannelType.EMAIL), targets(ChannelType.LETTER));
    }

    private long targets(ChannelType channel) {
        SelectionResult.Groups groups = result.channels().get(channel);
        return groups == null ? 0 : groups.targets();
    }
}
