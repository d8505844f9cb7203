package fi.kanta.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One CSV list being written; see {@link CsvListWriter} for the format. */
final class CsvListFile implements ListFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Writer writer;
    private final CSVPrinter printer;
    private final List<ListColumn> columns;
    private final boolean decimalComma;
    private final String[] fields;
    private long rows;
    private final ListState state = new ListState();

    CsvListFile(OutputStream out, List<ListColumn> columns, char delimiter) throws IOException {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a list needs at least one column");
        }
        this.columns = columns;
        this.decimalComma = delimiter == ';';
        this.fields = new String[columns.size()];
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
        printer.printRecord(columns.stream().map(c -> SpreadsheetText.forCsv(c.header())));
    }

    @Override
    public void add(Object... values) throws IOException {
        state.checkOpen();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("a row has " + columns.size() + " values, not " + values.length);
        }
        try {
            for (int i = 0; i < values.length; i++) {
                fields[i] = values[i] == null ? "" : field(columns.get(i), values[i]);
            }
        } catch (RuntimeException e) {
            state.refused(); // the same rule as in .xlsx, where half the row is written already
            throw e;
        }
        printer.printRecord((Object[]) fields);
        rows++;
    }

    private String field(ListColumn column, Object value) {
        return switch (column.type()) {
            case TEXT, TEXT_CODE -> SpreadsheetText.forCsv(CellValues.text(value));
            case INTEGER -> Long.toString(CellValues.integer(column, value));
            case NUMBER -> decimal(CellValues.decimal(column, value).stripTrailingZeros());
            case MONEY -> decimal(CellValues.decimal(column, value).setScale(2, RoundingMode.HALF_EVEN));
            case DATE -> CellValues.date(column, value).toString();
            case DATETIME -> DATE_TIME.format(CellValues.dateTime(column, value));
            case BOOLEAN -> CellValues.bool(column, value) ? "TRUE" : "FALSE";
        };
    }

    private String decimal(BigDecimal number) {
        String text = number.toPlainString();
        return decimalComma ? text.replace('.', ',') : text;
    }

    @Override
    public ListSummary finish() throws IOException {
        state.finish();
        printer.flush();
        return new ListSummary(rows, 1, 0);
    }

    /** Flushes what was written; the output stream stays open (its owner closes it). */
    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
