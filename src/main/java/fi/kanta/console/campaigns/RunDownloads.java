package fi.kanta.console.campaigns;

import fi.kanta.KantaHome;
import fi.kanta.lists.ListExports;
import fi.kanta.report.ReportWorkbook;
import fi.kanta.report.RunReport;
import fi.kanta.report.RunReports;
import fi.kanta.words.SaidError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The files of a run the console hands out, written by the same services as {@code kanta export
 * run} and {@code kanta report --workbook}: the recipients workbook, the report workbook with its
 * recipients or (for someone who may not see personal data) its Summary sheet alone, and the
 * letters' print files and addresses.csv the run wrote. Everything but the summary carries
 * personal data.
 */
@Service
public class RunDownloads {

    /** The letter files a run writes: print files and the post room's address list; nothing else is handed out. */
    private static final Pattern LETTER_FILE = Pattern.compile("letters-\\d{4,}\\.pdf|addresses\\.csv");

    private final ListExports exports;
    private final RunReports reports;
    private final ReportWorkbook workbook;
    private final KantaHome home;

    RunDownloads(ListExports exports, RunReports reports, ReportWorkbook workbook, KantaHome home) {
        this.exports = exports;
        this.reports = reports;
        this.workbook = workbook;
        this.home = home;
    }

    /** {@code out/<campaign>/<run-key>/recipients.xlsx}, written afresh (the control group on its own sheet). */
    public Path recipients(String campaign, String runKey) {
        return exports.run(campaign + "/" + runKey, Optional.empty(), Optional.empty(),
                new ListExports.Format(List.of(), false, false, Optional.empty())).file();
    }

    /** {@code out/<campaign>/<run-key>/report.xlsx}: the Summary and the recipients. */
    public Path report(String campaign, String runKey) {
        return reports.report(campaign, runKey, OptionalInt.empty(), true).workbook().orElseThrow().file();
    }

    /** {@code out/<campaign>/<run-key>/report-summary.xlsx}: the Summary sheet alone, no personal data. */
    public Path reportSummary(String campaign, String runKey) {
        RunReport report = reports.report(campaign, runKey, OptionalInt.empty(), false).report();
        Path file = home.out(campaign, runKey, "report-summary.xlsx");
        workbook.writeSummary(report, file);
        return file;
    }

    /** The run's letter files (print files, then addresses.csv), by name; none when it printed no letters. */
    public List<String> letterFiles(String campaign, String runKey) {
        Path folder = home.out(campaign, runKey, "letters");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> LETTER_FILE.matcher(name).matches()).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of {@link #letterFiles}: any other name is refused, so nothing outside the run's letters is handed out. */
    public Path letterFile(String campaign, String runKey, String name) {
        if (!letterFiles(campaign, runKey).contains(name)) {
            throw new SaidError("page.run.no-letter-file", campaign + "/" + runKey, name);
        }
        return home.out(campaign, runKey, "letters", name);
    }
}
