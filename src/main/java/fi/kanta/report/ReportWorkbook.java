package fi.kanta.report;

import fi.kanta.campaign.Campaign;
import fi.kanta.shop.MoneySettings;
import fi.kanta.lists.ListExport;
import fi.kanta.words.Words;
import fi.kanta.export.ListWriter;
import fi.kanta.export.XlsxListWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * {@code out/<campaign>/<run-key>/report.xlsx}: a Summary sheet (the report's numbers and two bar
 * charts) and the run's recipients.
 *
 * <p>POI draws charts only in XSSF, which holds a sheet in memory, and streams rows only in
 * SXSSF, which cannot draw. So the Summary (a few dozen cells and the charts) is built as a small
 * XSSF workbook, and the recipients are streamed after it by the export's own list writer (its
 * typed cells and formula guard; {@link XlsxListWriter#open(java.io.OutputStream,
 * fi.kanta.export.ListDocument, List, XSSFWorkbook)}): memory stays flat however many recipients
 * the run has, as for {@code kanta export run}.
 */
@Component
public class ReportWorkbook {

    private final ListExport export;
    private final MoneySettings money;
    private final Words words;

    public ReportWorkbook(ListExport export, MoneySettings money, Words words) {
        this.export = export;
        this.money = money;
        this.words = words;
    }

    /** Writes the workbook to {@code file} (replaced if it exists) and returns how many recipients it lists. */
    public long write(Campaign campaign, RunReport report, Path file) {
        XlsxListWriter recipients = new XlsxListWriter(money.baseCurrency());
        ListWriter afterSummary = (out, document, columns) -> recipients.open(out, document, columns, SummarySheet.workbook(report, words));
        return export.run(campaign, report.runKey(), Optional.empty(), Optional.empty(),
                new ListExport.Request(List.of(), false, false, file), afterSummary).summary().rows();
    }

    /**
     * The Summary sheet alone (its numbers and charts, no recipients): the report for someone who
     * may not see personal data, e.g. the console's viewers. Replaces {@code file} if it exists.
     */
    public void writeSummary(RunReport report, Path file) {
        try (XSSFWorkbook summary = SummarySheet.workbook(report, words)) {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(partial)) {
                summary.write(out);
            }
            java.nio.file.Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
