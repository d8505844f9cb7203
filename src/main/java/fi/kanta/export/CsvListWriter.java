package fi.kanta.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes mailing lists as CSV for programs that take no .xlsx: UTF-8 with a byte-order mark (so
 * Excel shows ä, ö and å instead of guessing a legacy code page), RFC 4180 quoting (a field with
 * the delimiter, a quote or a line break is quoted, quotes doubled), CRLF line ends.
 *
 * <p>Two dialects: {@link #commas()} writes {@code ,} between fields and a dot in numbers
 * ({@code 1234.50}); {@link #semicolons()} writes {@code ;} between fields and a decimal comma
 * ({@code 1234,50}), which is what Excel in Finnish, Swedish or German settings opens by
 * double-click. Money has two decimals and no symbol or grouping; dates are ISO
 * ({@code 2026-11-23}, {@code 2026-11-23 14:05:00}); booleans {@code TRUE}/{@code FALSE}.
 *
 * <p>Text a spreadsheet would run as a formula (=, +, -, @, tab, CR or LF first, except a plain
 * signed number or phone number such as {@code +358 40 123 4567} or {@code -49,90}) gets a leading
 * apostrophe (OWASP's advice for CSV injection, {@link SpreadsheetText#forCsv}). The trade-off: CSV
 * has no way to say "this is text", so the apostrophe is part of the value and shows in the cell,
 * and a program that reads the file as data sees it too ({@code '-Anna-}, {@code '-2+3}).
 * The .xlsx list has no such trade-off; prefer it for people.
 */
public final class CsvListWriter implements ListWriter {

    private final char delimiter;

    private CsvListWriter(char delimiter) {
        this.delimiter = delimiter;
    }

    /** Commas between fields, a decimal dot. */
    public static CsvListWriter commas() {
        return new CsvListWriter(',');
    }

    /** Semicolons between fields, a decimal comma. */
    public static CsvListWriter semicolons() {
        return new CsvListWriter(';');
    }

    @Override
    public ListFile open(OutputStream out, ListDocument document, List<ListColumn> columns) throws IOException {
        return new CsvListFile(out, List.copyOf(columns), delimiter);
    }
}
