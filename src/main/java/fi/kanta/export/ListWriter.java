package fi.kanta.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/** Writes mailing lists in one file format ({@link XlsxListWriter}, {@link CsvListWriter}). */
public interface ListWriter {

    /** Starts a list with these columns; the header row is written first. */
    ListFile open(OutputStream out, ListDocument document, List<ListColumn> columns) throws IOException;

    /** Writes every row of an iterator as one list; the iterator is read once, row by row. */
    default ListSummary write(OutputStream out, ListDocument document, List<ListColumn> columns, Iterator<Object[]> rows)
            throws IOException {
        try (ListFile file = open(out, document, columns)) {
            while (rows.hasNext()) {
                file.add(rows.next());
            }
            return file.finish();
        }
    }
}
