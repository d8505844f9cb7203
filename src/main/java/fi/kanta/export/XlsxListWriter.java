package fi.kanta.export;

import java.io.OutputStream;
import java.util.Currency;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes mailing lists as .xlsx with POI's streaming writer: only a small window of rows is in
 * memory, the rest goes to a compressed temporary file, so a list of a million rows needs no more
 * heap than one of a thousand.
 *
 * <p>Each sheet has a bold, frozen header row and an auto filter over its rows; column widths
 * come from the first rows. Cells are typed ({@link CellType}): numbers, money (the base
 * currency's format), dates and booleans are real values; text is always a string cell, never a
 * formula, and text starting with =, +, -, @, tab, CR or LF is quote-prefixed (the style Excel
 * gives a cell typed with a leading apostrophe), its value unchanged. Text longer than Excel's
 * 32,767 characters is cut there (counted in {@link ListSummary#truncatedCells()}); a date before
 * 1900, which Excel cannot hold as a date, is written as ISO text.
 *
 * <p>A sheet holds at most {@link #MAX_ROWS_PER_SHEET} data rows (Excel's 1,048,576 rows less the
 * header). Past the limit the list continues on a new sheet with the same header: "Recipients",
 * "Recipients (2)", "Recipients (3)", …
 */
public final class XlsxListWriter implements ListWriter {

    /** Excel's row limit less the header row. */
    public static final int MAX_ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final Currency currency;
    private final int rowsPerSheet;

    /** A writer whose money cells show the base currency, e.g. "EUR"; sheets of up to {@link #MAX_ROWS_PER_SHEET} rows. */
    public XlsxListWriter(String currencyCode) {
        this(Currency.getInstance(currencyCode), MAX_ROWS_PER_SHEET);
    }

    private XlsxListWriter(Currency currency, int rowsPerSheet) {
        this.currency = currency;
        this.rowsPerSheet = rowsPerSheet;
    }

    /** The same writer, starting a new sheet after this many data rows (1 to {@link #MAX_ROWS_PER_SHEET}). */
    public XlsxListWriter withRowsPerSheet(int rows) {
        if (rows < 1 || rows > MAX_ROWS_PER_SHEET) {
            throw new IllegalArgumentException("rows per sheet must be 1 to " + MAX_ROWS_PER_SHEET + ", not " + rows);
        }
        return new XlsxListWriter(currency, rows);
    }

    @Override
    public ListFile open(OutputStream out, ListDocument document, List<ListColumn> columns) {
        return new XlsxListFile(out, document, List.copyOf(columns), currency, rowsPerSheet, null);
    }

    /**
     * A list whose streamed sheets follow the sheets already in {@code front} (a small workbook
     * built in memory, e.g. a summary with a chart, which POI draws only in XSSF); {@code front}
     * becomes part of the list file, which closes it.
     */
    public ListFile open(OutputStream out, ListDocument document, List<ListColumn> columns, XSSFWorkbook front) {
        return new XlsxListFile(out, document, List.copyOf(columns), currency, rowsPerSheet, front);
    }
}
