package fi.kanta.customer.importing;

import fi.kanta.KantaHome;
import fi.kanta.export.SpreadsheetText;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After every import, however it ended: writes the reject report (every rejected row of the
 * import, across restarts, as CSV for Excel), the warnings report beside it (the values of imported
 * rows that were left out or corrected) and fails the import that rejected too many rows.
 */
@Component
class RejectReport implements JobExecutionListener {

    static final String FILE_NAME = "rejects.csv";
    static final String WARNINGS_FILE_NAME = "warnings.csv";

    private final JdbcTemplate jdbc;
    private final KantaHome home;
    private final RejectTally tally;
    private final ShopSettings shop;
    private final Words words;

    RejectReport(JdbcTemplate jdbc, KantaHome home, RejectTally tally, ShopSettings shop, Words words) {
        this.words = words;
        this.jdbc = jdbc;
        this.home = home;
        this.tally = tally;
        this.shop = shop;
    }

    /** Where the report of an import goes: {@code out/import/<kind>/<first 12 of sha256>/rejects.csv}. */
    Path location(ImportKind kind, String sha256) {
        return home.out("import", kind.label(), sha256.substring(0, 12), FILE_NAME);
    }

    /** Where the values an import left out or corrected are listed: {@code warnings.csv} beside the reject report. */
    Path warningsLocation(ImportKind kind, String sha256) {
        return location(kind, sha256).resolveSibling(WARNINGS_FILE_NAME);
    }

    @Override
    public void afterJob(JobExecution job) {
        tally.forget(job.getId());
        var params = job.getJobParameters();
        Path report = location(ImportKind.valueOf(params.getString("kind")), params.getString("sha256"));
        long importId = job.getJobInstance().getInstanceId();
        write(report, words.text("import.report.reason"), "SELECT line, column_name, value, reason FROM import_reject WHERE import_id = ?"
                + " ORDER BY line, id", importId);
        write(warningsLocation(ImportKind.valueOf(params.getString("kind")), params.getString("sha256")), words.text("import.report.what-was-done"),
                "SELECT w.line, w.column_name, w.value, w.reason FROM import_warning w WHERE w.import_id = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM import_reject r WHERE r.import_id = w.import_id AND r.line = w.line) ORDER BY w.line, w.id",
                importId);
        if (stoppedForRejects(job)) {
            job.setStatus(BatchStatus.FAILED);
            job.setExitStatus(ExitStatus.FAILED.addExitDescription("more than " + params.getLong("maxRejects")
                    + " rows were rejected"));
        }
    }

    /** True when a step of the import stopped because it had rejected more rows than allowed. */
    static boolean stoppedForRejects(JobExecution job) {
        return job.getStepExecutions().stream().map(StepExecution::getExecutionContext)
                .anyMatch(context -> context.containsKey(ImportWriter.TOO_MANY_REJECTS));
    }

    /**
     * Writes a report of the rows the query lists (line, column, value, reason) atomically (a
     * temporary file moved into place), in the shop's CSV dialect so its spreadsheet shows columns;
     * nothing listed, no report. The headers are in the marketer's words; the columns keep their order.
     */
    private void write(Path report, String reasonHeader, String query, long importId) {
        try {
            Files.deleteIfExists(report);
            Files.createDirectories(report.getParent());
            long[] rows = {0};
            Path partial = report.resolveSibling(report.getFileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write('\uFEFF'); // so Excel reads UTF-8 (ä, ö, å)
                CSVPrinter csv = CSVFormat.EXCEL.builder().setDelimiter(shop.csvSeparator())
                        .setHeader(words.text("import.report.line"), words.text("import.report.column"), words.text("import.report.value"),
                                reasonHeader).get().print(out);
                jdbc.query(query, rs -> {
                    try {
                        rows[0]++;
                        csv.printRecord(rs.getLong(1), SpreadsheetText.forCsv(rs.getString(2)),
                                SpreadsheetText.forCsv(rs.getString(3)), rs.getString(4));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, importId);
                csv.flush();
            }
            if (rows[0] == 0) {
                Files.delete(partial);
                return;
            }
            Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + report, e);
        }
    }
}
