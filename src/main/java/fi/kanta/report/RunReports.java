package fi.kanta.report;

import fi.kanta.KantaHome;
import fi.kanta.words.Words;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.campaign.CampaignDefinition;
import fi.kanta.campaign.RunDefinitions;
import fi.kanta.outbox.RunTemplates;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;

/** A run's report, as {@code kanta report}, the demo and the console ask for it: did the run work? */
@Service
public class RunReports {

    private final Campaigns campaigns;
    private final RunResults results;
    private final ReportWorkbook workbook;
    private final KantaHome home;
    private final RunDefinitions definitions;
    private final RunTemplates templates;
    private final RunResultRows resultRows;

    public RunReports(Campaigns campaigns, RunResults results, ReportWorkbook workbook, KantaHome home, RunDefinitions definitions,
            RunTemplates templates, RunResultRows resultRows) {
        this.resultRows = resultRows;
        this.definitions = definitions;
        this.templates = templates;
        this.campaigns = campaigns;
        this.results = results;
        this.workbook = workbook;
        this.home = home;
    }

    /** A report, the definition the run ran with, and the workbook written with it (when one was asked for). */
    public record Shown(RunReport report, RanDefinition definition, Optional<Workbook> workbook) {

        /** The report as the terminal shows it in English, the definition that ran, then the workbook written. */
        public String text() {
            return text(Words.english(java.time.ZoneOffset.UTC));
        }

        /** The report in the marketer's language, the definition that ran, then the workbook written. */
        public String text(Words words) {
            return ReportText.format(report, words) + definition.text(words) + workbook.map(written -> "\n"
                    + words.text("report.wrote", written.file(), words.count("count.recipients", written.recipients())) + "\n").orElse("");
        }
    }

    /** {@code out/<campaign>/<run-key>/report.xlsx}, and the recipients it lists. */
    public record Workbook(Path file, long recipients) {
    }

    /** The days after a run its report measures unless told otherwise ({@code kanta.report.window-days}). */
    public int defaultWindowDays() {
        return results.defaultWindowDays();
    }

    /**
     * The run's report over {@code windowDays} after it (empty: {@link #defaultWindowDays()}), and
     * with {@code withWorkbook} its workbook written too. With the default window the run's result
     * is kept too ({@link KeptResults}): whoever computes it leaves the home page the newest.
     */
    public Shown report(String campaignName, String runKey, OptionalInt windowDays, boolean withWorkbook) {
        Optional<CampaignDefinition> kept = definitions.kept(campaignName, runKey);
        // the run's campaign as it ran (a run from before runs kept their definitions: jobs/ now)
        Campaign campaign = kept.map(CampaignDefinition::campaign).orElseGet(() -> campaigns.named(campaignName));
        boolean keeps = windowDays.isEmpty();
        if (keeps) {
            resultRows.taking(campaignName, runKey);
        }
        RunReport report = results.report(campaign, runKey, windowDays.orElseGet(results::defaultWindowDays),
                LocalDateTime.now(campaign.zone()));
        if (keeps) {
            resultRows.write(campaignName, runKey, RunResult.of(report), LocalDateTime.now(campaign.zone()));
        }
        RanDefinition definition = new RanDefinition(campaignName, kept, campaigns.currentText(campaignName),
                templates.kept(campaignName, runKey));
        if (!withWorkbook) {
            return new Shown(report, definition, Optional.empty());
        }
        Path file = home.out(campaign.name(), runKey, "report.xlsx");
        return new Shown(report, definition, Optional.of(new Workbook(file, workbook.write(campaign, report, file))));
    }
}
