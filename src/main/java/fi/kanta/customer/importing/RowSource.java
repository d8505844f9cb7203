package fi.kanta.customer.importing;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Rows of a CSV or .xlsx file, pulled one at a time so a file of any size streams. */
public interface RowSource extends Closeable {

    /** The header cells (the first non-empty row). */
    List<String> header() throws IOException;

    /** The next data row, or null at the end. Blank rows are skipped. */
    RawRow next() throws IOException;

    /** A data row before it is read against the header. */
    record RawRow(long line, String[] cells) {
    }
}
