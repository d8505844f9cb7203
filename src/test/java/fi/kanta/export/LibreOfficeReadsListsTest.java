package fi.kanta.export;

import static fi.kanta.export.MailingLists.HOSTILE;
import static fi.kanta.export.MailingLists.RECIPIENT_COLUMNS;
import static fi.kanta.export.MailingLists.UNICODE;
import static fi.kanta.export.MailingLists.anna;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.LibreOffice;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real spreadsheet program opens a list: LibreOffice (headless) converts every sheet of a
 * workbook to CSV, and the values come back as written, formula-looking text as text; and when it
 * saves the workbook as .xlsx again, that text is still text. This shows what
 * LibreOffice reads from the file and keeps, not how Excel behaves or what happens when a user
 * edits a cell. Needs {@code soffice} on the PATH (Debian: libreoffice-calc); runs in the system-tools
 * profile, and fails, rather than skips, when soffice is missing there.
 */
@Tag("system-tools")
class LibreOfficeReadsListsTest {

    /** Comma, double quote, UTF-8, from line 1; raw values, not as shown; no formulas; every sheet (LibreOffice 7.2+). */
    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    private static final int ROWS_PER_SHEET = 5;

    @TempDir
    Path folder;

    @Test
    void everySheetComesBackAsWrittenWithFormulaLookingTextAsText() throws Exception {
        List<String> names = new ArrayList<>(HOSTILE);
        names.addAll(UNICODE);
        Path xlsx = list(names);

        List<Path> sheets = convert(xlsx, CSV_FILTER);

        // LibreOffice names each sheet's file list-<sheet name>.csv
        List<String> files = new ArrayList<>();
        for (int part = 1; part <= (names.size() + ROWS_PER_SHEET - 1) / ROWS_PER_SHEET; part++) {
            files.add("list-" + XlsxListFile.sheetName(ListDocument.RECIPIENTS, part) + ".csv");
        }
        assertThat(sheets).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrderElementsOf(files)
                .contains("list-Recipients.csv", "list-Recipients (4).csv");
        List<String> read = new ArrayList<>();
        for (String file : files) {
            Path sheet = folder.resolve("converted").resolve(file);
            List<CSVRecord> records = CSVFormat.RFC4180.parse(Files.newBufferedReader(sheet, StandardCharsets.UTF_8)).getRecords();
            assertThat(records.get(0).values()).containsExactly(RECIPIENT_COLUMNS.stream().map(ListColumn::header).toArray(String[]::new));
            for (CSVRecord record : records.subList(1, records.size())) {
                assertThat(record.values()).as(record.get(0)).containsExactly(record.get(0), "00100", "+358401234567", "7",
                        "0.8125", "1234.5", "2026-03-14", "2026-11-23 14:05:00", "TRUE");
                read.add(record.get(0));
            }
        }
        assertThat(read).containsExactlyElementsOf(names);
    }

    /**
     * LibreOffice 7.4 does not write the quote-prefix attribute back when it saves (seen here), but
     * the cells stay text cells in the text format "@", with their values unchanged.
     */
    @Test
    void libreOfficeSavesFormulaLookingTextAsTextAgain() throws Exception {
        Path xlsx = list(HOSTILE);

        List<Path> saved = convert(xlsx, "xlsx:Calc MS Excel 2007 XML");

        assertThat(saved).hasSize(1);
        List<String> read = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(saved.get(0)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            for (Sheet sheet : workbook) {
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Cell cell = sheet.getRow(r).getCell(0);
                    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
                    read.add(cell.getStringCellValue());
                }
            }
        }
        assertThat(read).containsExactlyElementsOf(HOSTILE);
    }

    /** A list with one row per first name, Anna's values in the other columns. */
    private Path list(List<String> names) throws IOException {
        Path xlsx = folder.resolve("list.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new XlsxListWriter("EUR").withRowsPerSheet(ROWS_PER_SHEET).write(out, ListDocument.titled("Win-back"),
                    RECIPIENT_COLUMNS, names.stream().map(LibreOfficeReadsListsTest::row).iterator());
        }
        return xlsx;
    }

    /** Anna's row with another first name. */
    private static Object[] row(String firstName) {
        Object[] row = anna();
        row[0] = firstName;
        return row;
    }

    /** The files soffice writes when it converts the workbook with this filter. */
    private List<Path> convert(Path xlsx, String filter) throws IOException, InterruptedException {
        return LibreOffice.convert(xlsx, filter, folder);
    }
}
