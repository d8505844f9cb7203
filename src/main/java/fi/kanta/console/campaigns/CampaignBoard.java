package fi.kanta.console.campaigns;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.CheckedDefinition;
import fi.kanta.campaign.Definitions;
import fi.kanta.campaign.Campaigns;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.DryRun;
import fi.kanta.run.RunStates;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The campaigns of {@code jobs/} as the console lists them, each with what {@code kanta validate}
 * says of it; one campaign with its definition, its last runs and its dry run.
 */
@Service
public class CampaignBoard {

    private static final int LAST_RUNS = 10;

    private final Definitions definitions;
    private final Campaigns campaigns;
    private final CampaignRuns runs;
    private final RunStates states;
    private final PageWords words;

    CampaignBoard(Definitions definitions, Campaigns campaigns, CampaignRuns runs, RunStates states, PageWords words) {
        this.definitions = definitions;
        this.campaigns = campaigns;
        this.runs = runs;
        this.states = states;
        this.words = words;
    }

    /** One file of jobs/ with its validation: the campaign's name, kind and channels, or the mistakes naming file and line. */
    public record Entry(String file, String name, Optional<Campaign> campaign, Optional<String> mistakes) {

        public boolean valid() {
            return mistakes.isEmpty();
        }
    }

    /** A campaign's page: the definition as written, whether it is valid now, and its last runs, newest first. */
    public record CampaignPage(String name, Optional<Campaign> campaign, String definition, Optional<String> mistakes,
            List<RunStates.RunState> lastRuns, String runKeyNow) {
    }

    /**
     * Every campaign file (the segments file left out: the segments page shows it), validated as
     * kanta validate does, its mistakes said in the signed-in user's language.
     */
    public List<Entry> all() {
        List<String> names = campaigns.names();
        if (names.isEmpty()) {
            return List.of();
        }
        return definitions.validate(words.now()).files().stream().filter(file -> !file.file().equals(fi.kanta.segment.Segments.FILE))
                .map(CampaignBoard::entry).toList();
    }

    private static Entry entry(CheckedDefinition file) {
        return new Entry(file.file(), file.file().replaceFirst("\\.yml$", ""), file.campaign(), file.error());
    }

    /** The named campaign (an unknown name is a {@link fi.kanta.UserError} naming the campaigns there are). */
    public CampaignPage page(String name) {
        String text = campaigns.currentText(name).orElse(null);
        if (text == null) {
            campaigns.named(name); // says there is no such campaign, and which there are
        }
        Entry entry = all().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseGet(() -> new Entry(name + ".yml", name, Optional.empty(), Optional.of(words.now().text("campaign.file.gone", name))));
        String runKey = entry.campaign().map(c -> c.runKey(java.time.ZonedDateTime.now(c.zone()), null)).orElse("");
        return new CampaignPage(name, entry.campaign(), text, entry.mistakes(), states.recent(name, LAST_RUNS), runKey);
    }

    /** The whole selection the campaign's run would make now, rolled back, as the page shows it. */
    public DryRunPage dryRun(String name) {
        DryRun dry = runs.dryRun(name, null);
        return new DryRunPage(dry.campaign().name(), dry.runKey(), Funnel.of(dry.campaign(), dry.result(), dry.currency(), words.now()),
                words.now().decimal(dry.result().millis() / 1000.0, 1), dry.result().targets(),
                dry.result().channels().getOrDefault(fi.kanta.campaign.ChannelType.EMAIL, new fi.kanta.selection.SelectionResult.Groups(0, 0)).targets(),
                dry.result().channels().getOrDefault(fi.kanta.campaign.ChannelType.LETTER, new fi.kanta.selection.SelectionResult.Groups(0, 0)).targets());
    }

    /** A dry run: the run it would be, its funnel, how long it took, and how many it would send to by each channel. */
    public record DryRunPage(String campaign, String runKey, Funnel funnel, String seconds, long targets, long emails, long letters) {
    }
}
