package fi.kanta.customer.importing;

import fi.kanta.KantaHome;
import fi.kanta.export.SpreadsheetText;
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
 * import, across restarts, as CSV for Excel) and fails the import that rejected too many rows.
 */
@Component
class RejectReport implements JobExecutionListener {

    static final String FILE_NAME = "rejects.csv";

    private final JdbcTemplate jdbc;
    private final KantaHome home;
    private final RejectTally tally;

    RejectReport(JdbcTemplate jdbc, KantaHome home, RejectTally tally) {
        this.jdbc = jdbc;
        this.home = home;
        this.tally = tally;
    }

    /** Where the report of an import goes: {@code out/import/<kind>/<first 12 of sha256>/rejects.csv}. */
    Path location(ImportKind kind, String sha256) {
        return home.out("import", kind.label(), sha256.substring(0, 12), FILE_NAME);
    }

    @Override
    public void afterJob(JobExecution job) {
        tally.forget(job.getId());
        var params = job.getJobParameters();
        Path report = location(ImportKind.valueOf(params.getString("kind")), params.getString("sha256"));
        write(job.getJobInstance().getInstanceId(), report);
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

    /** Writes the report atomically (a temporary file moved into place); no rejects, no report. */
    private void write(long importId, Path report) {
        try {
            Files.deleteIfExists(report);
            Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM import_reject WHERE import_id = ?", Integer.class, importId);
            if (count == null || count == 0) {
                return;
            }
            Files.createDirectories(report.getParent());
            Path partial = report.resolveSibling(FILE_NAME + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write('\uFEFF'); // so Excel reads UTF-8 (ä, ö, å)
                CSVPrinter csv = CSVFormat.EXCEL.builder().setHeader("line", "column", "value", "reason").get().print(out);
                jdbc.query("SELECT line, column_name, value, reason FROM import_reject WHERE import_id = ? ORDER BY line, id",
                        rs -> {
                            try {
                                csv.printRecord(rs.getLong(1), SpreadsheetText.forCsv(rs.getString(2)),
                                        SpreadsheetText.forCsv(rs.getString(3)), rs.getString(4));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }, importId);
                csv.flush();
            }
            Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reject report " + report, e);
        }
    }
}
