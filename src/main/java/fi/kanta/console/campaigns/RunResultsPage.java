package fi.kanta.console.campaigns;

import fi.kanta.report.ReportText;
import fi.kanta.report.RunReport;
import fi.kanta.report.RunReports;
import fi.kanta.words.Words;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;

/** A run's results for its page: the report {@code kanta report} prints, and its chart. */
@Service
public class RunResultsPage {

    private final RunReports reports;
    private final PageWords words;

    RunResultsPage(RunReports reports, PageWords words) {
        this.reports = reports;
        this.words = words;
    }

    /** The report (funnel, delivery, costs, target against holdout) as text, the report itself and its chart as SVG. */
    public record Results(RunReport report, String text, String chart) {
    }

    public Results of(String campaign, String runKey) {
        RunReport report = reports.report(campaign, runKey, OptionalInt.empty(), false).report();
        Words said = words.now();
        return new Results(report, ReportText.format(report, said), ResultsChart.svg(report, said));
    }
}
