package fi.kanta.export;

import static fi.kanta.export.MailingLists.HOSTILE;
import static fi.kanta.export.MailingLists.NUMBERED_COLUMNS;
import static fi.kanta.export.MailingLists.RECIPIENT_COLUMNS;
import static fi.kanta.export.MailingLists.TEXT_COLUMNS;
import static fi.kanta.export.MailingLists.UNICODE;
import static fi.kanta.export.MailingLists.anna;
import static fi.kanta.export.MailingLists.blank;
import static fi.kanta.export.MailingLists.numbered;
import static fi.kanta.export.MailingLists.textRows;
import static fi.kanta.export.MailingLists.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxListWriterTest {

    private static final org.apache.poi.ss.usermodel.CellType STRING = org.apache.poi.ss.usermodel.CellType.STRING;
    private static final org.apache.poi.ss.usermodel.CellType NUMERIC = org.apache.poi.ss.usermodel.CellType.NUMERIC;
    private static final org.apache.poi.ss.usermodel.CellType BOOLEAN = org.apache.poi.ss.usermodel.CellType.BOOLEAN;

    private final XlsxListWriter writer = new XlsxListWriter("EUR");

    @Test
    void theHeaderIsBoldFrozenAndFiltersTheRows() throws IOException {
        try (XSSFWorkbook workbook = readBack(written(writer, RECIPIENT_COLUMNS, List.of(anna(), blank(), anna()).iterator()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Recipients");
            Row header = sheet.getRow(0);
            assertThat(header).extracting(Cell::getStringCellValue).containsExactly("First name", "Postal code", "Phone",
                    "Repeat purchases", "P(alive)", "CLV (12 months)", "Last purchase", "Sent", "Consented");
            assertThat(header).allSatisfy(cell -> assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue());
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).isNotEqualTo(header.getCell(0).getCellStyle().getFontIndex());
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I4");
        }
    }

    @Test
    void cellsHaveTheirTypesAndFormats() throws IOException {
        try (XSSFWorkbook workbook = readBack(written(writer, RECIPIENT_COLUMNS, List.of(anna(), blank()).iterator()))) {
            Row anna = workbook.getSheetAt(0).getRow(1);
            assertThat(string(anna.getCell(0))).isEqualTo("Anna");
            assertThat(string(anna.getCell(1))).isEqualTo("00100");
            assertThat(anna.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(string(anna.getCell(2))).isEqualTo("+358401234567");
            assertThat(numeric(anna.getCell(3))).isEqualTo(7.0);
            assertThat(anna.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(numeric(anna.getCell(4))).isEqualTo(0.8125);
            assertThat(numeric(anna.getCell(5))).isEqualTo(1234.5);
            assertThat(anna.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"€\"");
            Cell lastPurchase = anna.getCell(6);
            assertThat(lastPurchase.getCellType()).isEqualTo(NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(lastPurchase)).isTrue();
            assertThat(lastPurchase.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(lastPurchase.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(MailingLists.LAST_PURCHASE);
            Cell sent = anna.getCell(7);
            assertThat(DateUtil.isCellDateFormatted(sent)).isTrue();
            assertThat(sent.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(sent.getLocalDateTimeCellValue()).isEqualTo(MailingLists.SENT_AT);
            assertThat(anna.getCell(8).getCellType()).isEqualTo(BOOLEAN);
            assertThat(anna.getCell(8).getBooleanCellValue()).isTrue();
            Row blank = workbook.getSheetAt(0).getRow(2);
            assertThat(blank.getCell(1)).isNull();
            assertThat(blank.getCell(6)).isNull();
        }
    }

    @Test
    void moneyShowsTheBaseCurrency() throws IOException {
        List<ListColumn> money = List.of(StandardColumn.TOTAL_SPEND.column());
        assertThat(moneyFormat(new XlsxListWriter("SEK"), money)).isEqualTo("#,##0.00 \"kr\"");
        assertThat(moneyFormat(new XlsxListWriter("JPY"), money)).isEqualTo("#,##0 \"￥\"");
        assertThatThrownBy(() -> new XlsxListWriter("XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String moneyFormat(XlsxListWriter writer, List<ListColumn> columns) throws IOException {
        try (XSSFWorkbook workbook = readBack(written(writer, columns, List.<Object[]>of(new Object[] {100}).iterator()))) {
            return workbook.getSheetAt(0).getRow(1).getCell(0).getCellStyle().getDataFormatString();
        }
    }

    @Test
    void formulaLookingTextStaysTextUnchangedAndQuotePrefixed() throws Exception {
        byte[] xlsx = written(writer, TEXT_COLUMNS, textRows(HOSTILE).iterator());
        try (XSSFWorkbook workbook = readBack(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < HOSTILE.size(); i++) {
                for (Cell cell : sheet.getRow(i + 1)) {
                    assertThat(string(cell)).isEqualTo(HOSTILE.get(i));
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix on %s", HOSTILE.get(i)).isTrue();
                }
            }
        }
        assertThat(sheetXml(xlsx)).doesNotContain("<f>").doesNotContain("<f ");
    }

    @Test
    void ordinaryTextIsNotQuotePrefixed() throws IOException {
        try (XSSFWorkbook workbook = readBack(written(writer, RECIPIENT_COLUMNS, List.<Object[]>of(anna()).iterator()))) {
            Row anna = workbook.getSheetAt(0).getRow(1);
            assertThat(anna.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(anna.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(anna.getCell(2).getCellStyle().getQuotePrefixed()).as("+358… starts with +").isTrue();
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void noCellAnywhereIsAFormula() throws Exception {
        List<Object[]> rows = new ArrayList<>(textRows(HOSTILE));
        rows.addAll(textRows(UNICODE));
        List<ListColumn> hostileHeaders = List.of(new ListColumn("=SUM(A1:A9)", CellType.TEXT), new ListColumn("@x", CellType.TEXT_CODE));
        byte[] xlsx = written(writer.withRowsPerSheet(5), hostileHeaders, rows.iterator());
        try (XSSFWorkbook workbook = readBack(xlsx)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            for (Sheet sheet : workbook) {
                Cell header = sheet.getRow(0).getCell(0);
                assertThat(string(header)).isEqualTo("=SUM(A1:A9)");
                assertThat(header.getCellStyle().getQuotePrefixed()).isTrue();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(STRING);
                    }
                }
            }
        }
        assertThat(sheetXml(xlsx)).doesNotContain("<f>").doesNotContain("<f ");
    }

    @Test
    void unicodeComesBackAsWritten() throws IOException {
        try (XSSFWorkbook workbook = readBack(written(writer, TEXT_COLUMNS, textRows(UNICODE).iterator()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < UNICODE.size(); i++) {
                assertThat(string(sheet.getRow(i + 1).getCell(0))).isEqualTo(UNICODE.get(i));
                assertThat(string(sheet.getRow(i + 1).getCell(1))).isEqualTo(UNICODE.get(i));
            }
        }
    }

    @Test
    void pastTheRowLimitTheListContinuesOnANewSheetWithTheSameHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListSummary summary = writer.withRowsPerSheet(3).write(out, ListDocument.titled("Win-back"), NUMBERED_COLUMNS, numbered(7));
        assertThat(summary).isEqualTo(new ListSummary(7, 3, 0));
        try (XSSFWorkbook workbook = readBack(out.toByteArray())) {
            assertThat(workbook).extracting(Sheet::getSheetName).containsExactly("Recipients", "Recipients (2)", "Recipients (3)");
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                XSSFSheet xssf = (XSSFSheet) sheet;
                assertThat(string(sheet.getRow(0).getCell(0))).isEqualTo("First name");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(xssf.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B" + (sheet.getLastRowNum() + 1));
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    names.add(string(sheet.getRow(r).getCell(0)));
                }
            }
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(1);
            assertThat(names).containsExactly("Customer 1", "Customer 2", "Customer 3", "Customer 4", "Customer 5", "Customer 6",
                    "Customer 7");
        }
    }

    @Test
    void aFullSheetEndsAtExcelsLastRow() {
        assertThat(XlsxListWriter.MAX_ROWS_PER_SHEET).isEqualTo(1_048_575);
        assertThatThrownBy(() -> writer.withRowsPerSheet(1_048_576)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.withRowsPerSheet(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sheetNamesAreSafeAndKeepTheirNumberWithinThirtyOneCharacters() {
        assertThat(XlsxListFile.sheetName("Win-back: gold/silver?", 1)).isEqualTo("Win-back  gold silver ");
        assertThat(XlsxListFile.sheetName("Recipients of the autumn win-back", 1)).hasSize(31);
        assertThat(XlsxListFile.sheetName("Recipients of the autumn win-back", 12)).hasSize(31).endsWith(" (12)");
    }

    @Test
    void theWorkbookSaysWhatItIs() throws IOException {
        try (XSSFWorkbook workbook = readBack(written(writer, NUMBERED_COLUMNS, numbered(1)))) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Win-back recipients");
            assertThat(core.getSubject()).isEqualTo("win-back/2026-W48");
            assertThat(core.getCreator()).isEqualTo("Kanta");
            assertThat(core.getCreated()).isNotNull();
            assertThat(workbook.getProperties().getExtendedProperties().getApplication()).isEqualTo("Kanta");
        }
    }

    @Test
    void columnWidthsComeFromTheHeaderAndTheFirstRows() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"A fairly long street address 123 B 45", "x"});
        for (int i = 0; i < ColumnWidths.SAMPLE_ROWS; i++) {
            rows.add(new Object[] {"short", "x"});
        }
        rows.add(new Object[] {"short", "a value far longer than anything in the sample rows, which is not measured"});
        List<ListColumn> columns = List.of(new ListColumn("Street", CellType.TEXT), new ListColumn("Note", CellType.TEXT));
        try (XSSFWorkbook workbook = readBack(written(writer, columns, rows.iterator()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(("A fairly long street address 123 B 45".length() + 1) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(("Note".length() + 3 + 1) * 256);
        }
    }

    @Test
    void textBeyondExcelsLimitIsCutAndCounted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String huge = "x".repeat(40_000);
        ListSummary summary = writer.write(out, ListDocument.titled("t"), TEXT_COLUMNS,
                List.<Object[]>of(new Object[] {huge, "ok"}).iterator());
        assertThat(summary.truncatedCells()).isEqualTo(1);
        try (XSSFWorkbook workbook = readBack(out.toByteArray())) {
            assertThat(string(workbook.getSheetAt(0).getRow(1).getCell(0))).hasSize(32_767);
        }
    }

    @Test
    void stylesAreMadeOncePerWorkbookNotPerCell() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(anna());
            rows.add(new Object[] {HOSTILE.get(i % HOSTILE.size()), "-" + i, null, null, null, null, null, null, null});
        }
        try (XSSFWorkbook workbook = readBack(written(writer, RECIPIENT_COLUMNS, rows.iterator()))) {
            assertThat(workbook.getNumCellStyles()).isLessThan(15);
        }
    }

    @Test
    void aValueOfTheWrongKindNamesItsColumn() {
        Object[] row = anna();
        row[6] = "2026-03-14";
        assertThatThrownBy(() -> written(writer, RECIPIENT_COLUMNS, List.<Object[]>of(row).iterator()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Last purchase' (DATE)");
        assertThatThrownBy(() -> written(writer, RECIPIENT_COLUMNS, List.<Object[]>of(new Object[] {"Anna"}).iterator()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9 values, not 1");
    }

    @Test
    void aDateExcelCannotHoldIsIsoTextAndSqlDatesAreDates() throws IOException {
        List<ListColumn> columns = List.of(StandardColumn.LAST_PURCHASE.column(), StandardColumn.SENT_AT.column());
        List<Object[]> rows = List.of(new Object[] {LocalDate.of(1899, 12, 31), Timestamp.valueOf("2026-11-23 14:05:00")},
                new Object[] {java.sql.Date.valueOf("2026-03-14"), LocalDate.of(2026, 3, 14)});
        try (XSSFWorkbook workbook = readBack(written(writer, columns, rows.iterator()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(string(sheet.getRow(1).getCell(0))).isEqualTo("1899-12-31");
            assertThat(sheet.getRow(1).getCell(1).getLocalDateTimeCellValue()).isEqualTo(MailingLists.SENT_AT);
            assertThat(sheet.getRow(2).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(MailingLists.LAST_PURCHASE);
            assertThat(sheet.getRow(2).getCell(1).getLocalDateTimeCellValue()).isEqualTo(MailingLists.LAST_PURCHASE.atStartOfDay());
        }
    }

    @Test
    void aListCannotBeFinishedAfterARefusedRow() throws IOException {
        Object[] wrong = anna();
        wrong[5] = "1234.50";
        try (ListFile list = writer.open(new ByteArrayOutputStream(), ListDocument.titled("t"), RECIPIENT_COLUMNS)) {
            list.add(anna());
            assertThatThrownBy(() -> list.add(wrong)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> list.add(anna())).isInstanceOf(IllegalStateException.class).hasMessageContaining("refused row");
            assertThatThrownBy(list::finish).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anEmptyListIsAHeaderWithItsFilter() throws IOException {
        try (XSSFWorkbook workbook = readBack(written(writer, NUMBERED_COLUMNS, numbered(0)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B1");
        }
    }

    static XSSFWorkbook readBack(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static String string(Cell cell) {
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(STRING);
        return cell.getStringCellValue();
    }

    private static double numeric(Cell cell) {
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(NUMERIC);
        return cell.getNumericCellValue();
    }

    /** Every worksheet's XML, joined: where a formula would be an {@code <f>} element. */
    private static String sheetXml(byte[] xlsx) throws Exception {
        StringBuilder xml = new StringBuilder();
        try (OPCPackage zip = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            for (PackagePart part : zip.getPartsByName(Pattern.compile("/xl/worksheets/.*\\.xml"))) {
                try (var in = part.getInputStream()) {
                    xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(xml).contains("<sheetData>");
        return xml.toString();
    }
}
