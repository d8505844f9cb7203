package fi.kanta.run;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.selection.SelectionReport;
import fi.kanta.selection.SelectionResult;
import fi.kanta.words.Words;

/** A run's whole selection made and shown, not written: the funnel and the first recipients. */
public record DryRun(Campaign campaign, String runKey, SelectionResult result, String currency) {

    /** For the marketer: the run, that nothing was written and how long it took, then the funnel. */
    public String describe() {
        return describe(Words.english(campaign.zone()));
    }

    /** As {@link #describe()}, in the marketer's language. */
    public String describe(Words words) {
        return words.text("run.dry-run", campaign.name() + "/" + runKey, words.decimal(result.millis() / 1000.0, 1)) + "\n"
                + SelectionReport.format(campaign, result, currency, words);
    }

    /** The question before a run sends: how many customers, by email and by letter. */
    public String question(Words words) {
        return words.count("run.question", result.targets(), words.count("count.emails", targets(ChannelType.EMAIL)),
                words.count("count.letters", targets(ChannelType.LETTER)));
    }

    private long targets(ChannelType channel) {
        SelectionResult.Groups groups = result.channels().get(channel);
        return groups == null ? 0 : groups.targets();
    }
}
