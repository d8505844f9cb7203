package fi.kanta.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** One .xlsx list being streamed: rows go to the current sheet until it is full, then to the next. */
final class XlsxListFile implements ListFile {

    /** Rows kept in memory per sheet before POI flushes them to the temporary file. */
    private static final int ROW_WINDOW = 100;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_SHEET_NAME = 31;
    /** Excel counts days from 1900; earlier dates have no date value. */
    private static final int FIRST_YEAR = 1900;

    private final SXSSFWorkbook workbook;
    private final OutputStream out;
    private final ListDocument document;
    private final List<ListColumn> columns;
    private final int rowsPerSheet;
    private final XlsxStyles styles;
    private final ColumnWidths widths;
    private Sheet sheet;
    private String sheetName;
    /** The sheet's number among those of the same name: 1, then 2 past the row limit, … */
    private int part;
    private int sheetRows;
    private long rows;
    private int sheets;
    private long truncated;
    private final ListState state = new ListState();

    XlsxListFile(OutputStream out, ListDocument document, List<ListColumn> columns, Currency currency, int rowsPerSheet,
            XSSFWorkbook front) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a list needs at least one column");
        }
        this.workbook = new StreamingWorkbook(front, ROW_WINDOW);
        this.out = out;
        this.document = document;
        this.columns = columns;
        this.rowsPerSheet = rowsPerSheet;
        this.styles = new XlsxStyles(workbook, currency);
        this.widths = new ColumnWidths(columns);
        this.sheetName = document.sheetName();
        newSheet();
    }

    @Override
    public void add(Object... values) {
        state.checkOpen();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("a row has " + columns.size() + " values, not " + values.length);
        }
        if (sheetRows == rowsPerSheet) {
            endSheet();
            newSheet();
        }
        Row row = sheet.createRow(++sheetRows);
        boolean sampling = widths.sampling();
        try {
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    int length = write(row.createCell(i), columns.get(i), values[i]);
                    if (sampling) {
                        widths.sample(i, length);
                    }
                }
            }
        } catch (RuntimeException e) {
            state.refused(); // half a row is in the sheet already
            throw e;
        }
        if (sampling) {
            widths.rowDone();
        }
        rows++;
    }

    /** Writes one value and returns about how many characters it shows, for the column width. */
    private int write(Cell cell, ListColumn column, Object value) {
        switch (column.type()) {
            case TEXT, TEXT_CODE -> {
                return text(cell, column.type(), CellValues.text(value));
            }
            case INTEGER -> {
                long number = CellValues.integer(column, value);
                cell.setCellValue(number);
                cell.setCellStyle(styles.of(CellType.INTEGER));
                return widths.sampling() ? Long.toString(number).length() : 0;
            }
            case NUMBER -> {
                double number = CellValues.number(column, value);
                cell.setCellValue(number);
                cell.setCellStyle(styles.of(CellType.NUMBER));
                return widths.sampling() ? Math.min(Double.toString(number).length(), 11) : 0;
            }
            case MONEY -> {
                double amount = CellValues.number(column, value);
                cell.setCellValue(amount);
                cell.setCellStyle(styles.of(CellType.MONEY));
                return widths.sampling() ? String.format(Locale.ROOT, "%,.2f", amount).length() + 2 : 0;
            }
            case DATE -> {
                LocalDate date = CellValues.date(column, value);
                if (date.getYear() < FIRST_YEAR) {
                    return text(cell, CellType.TEXT, date.toString());
                }
                cell.setCellValue(date);
                cell.setCellStyle(styles.of(CellType.DATE));
                return 10;
            }
            case DATETIME -> {
                LocalDateTime time = CellValues.dateTime(column, value);
                if (time.getYear() < FIRST_YEAR) {
                    return text(cell, CellType.TEXT, time.toString());
                }
                cell.setCellValue(time);
                cell.setCellStyle(styles.of(CellType.DATETIME));
                return 16;
            }
            case BOOLEAN -> {
                cell.setCellValue(CellValues.bool(column, value));
                cell.setCellStyle(styles.of(CellType.BOOLEAN));
                return 5;
            }
            default -> throw new IllegalStateException("no cell writer for " + column.type());
        }
    }

    /** Always a string cell (setCellValue(String) never makes a formula), quote-prefixed when it looks like one. */
    private int text(Cell cell, CellType type, String text) {
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
            truncated++;
        }
        cell.setCellValue(text);
        CellStyle style = styles.text(type, text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return text.length();
    }

    @Override
    public void startSheet(String name) {
        state.checkOpen();
        endSheet();
        sheetName = name;
        part = 0;
        newSheet();
    }

    private void newSheet() {
        sheets++;
        part++;
        sheet = workbook.createSheet(sheetName(sheetName, part));
        sheetRows = 0;
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            String text = columns.get(i).header();
            Cell cell = header.createCell(i);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header(text));
        }
        sheet.createFreezePane(0, 1);
    }

    private void endSheet() {
        sheet.setAutoFilter(new CellRangeAddress(0, sheetRows, 0, columns.size() - 1));
        widths.applyTo(sheet);
    }

    /** "Recipients", "Recipients (2)", …: made safe for Excel and cut so the number fits in 31 characters. */
    static String sheetName(String base, int part) {
        String safe = WorkbookUtil.createSafeSheetName(base);
        if (part == 1) {
            return safe;
        }
        String suffix = " (" + part + ")";
        return safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }

    @Override
    public ListSummary finish() throws IOException {
        state.finish();
        endSheet();
        describe();
        workbook.write(out);
        out.flush();
        return new ListSummary(rows, sheets, truncated);
    }

    private void describe() {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(document.title());
        core.setSubjectProperty(document.subject());
        core.setCreator("Kanta");
        core.setDescription("Mailing list exported by Kanta");
        core.setCreated(Optional.of(new Date()));
        workbook.getXSSFWorkbook().getProperties().getExtendedProperties().setApplication("Kanta");
    }

    /** Removes the temporary files; the output stream stays open. */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
