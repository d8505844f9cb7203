package fi.kanta.report;

import fi.kanta.KantaHome;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
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

    public RunReports(Campaigns campaigns, RunResults results, ReportWorkbook workbook, KantaHome home) {
        this.campaigns = campaigns;
        this.results = results;
        this.workbook = workbook;
        this.home = home;
    }

    /** A report, and the workbook written with it (when one was asked for). */
    public record Shown(RunReport report, Optional<Workbook> workbook) {

        /** The report as the terminal shows it, then the workbook written. */
        public String text() {
            return ReportText.format(report) + workbook.map(written -> String.format(
                    "%nWrote %s (summary with charts, %,d recipients)%n", written.file(), written.recipients())).orElse("");
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
     * with {@code withWorkbook} its workbook written too.
     */
    public Shown report(String campaignName, String runKey, OptionalInt windowDays, boolean withWorkbook) {
        Campaign campaign = campaigns.named(campaignName);
        RunReport report = results.report(campaign, runKey, windowDays.orElseGet(results::defaultWindowDays),
                LocalDateTime.now(campaign.zone()));
        if (!withWorkbook) {
            return new Shown(report, Optional.empty());
        }
        Path file = home.out(campaign.name(), runKey, "report.xlsx");
        return new Shown(report, Optional.of(new Workbook(file, workbook.write(campaign, report, file))));
    }
}
