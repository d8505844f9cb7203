package fi.kanta.export;

import java.io.Closeable;
import java.io.IOException;

/**
 * A list file being written, one row at a time, so a JDBC result set or a batch chunk can feed it
 * without holding the list in memory. {@link #finish()} completes the file; {@link #close()}
 * without finish abandons it (temporary files are removed, the output is incomplete).
 * The output stream given to the writer stays open: its owner closes it.
 */
public interface ListFile extends Closeable {

    /**
     * Adds one row, a value (or null) per column in column order; see {@link CellType} for the
     * values accepted. A row of the wrong length is refused; a value of the wrong kind is an
     * {@link IllegalArgumentException} after which the list cannot be finished (in .xlsx part of
     * the row is written already): fix the query, not the row.
     */
    void add(Object... row) throws IOException;

    /**
     * Puts the rows that follow on a sheet of their own, named so (past the row limit: "name (2)",
     * …): a group that must be kept apart, such as a control group no one may contact. A CSV list
     * has no sheets: the caller writes such rows to a file of their own.
     */
    default void startSheet(String name) throws IOException {
        throw new UnsupportedOperationException("a " + getClass().getSimpleName() + " has no sheets");
    }

    /** Writes what is left to the output stream and says what the file holds. Call once. */
    ListSummary finish() throws IOException;
}
