package fi.kanta.customer.importing;

import java.util.List;

/**
 * A source row after checking (index and line as in {@link SourceRow}): either an item to import
 * or the reasons it was rejected. A short row has fewer values than the header: only optional
 * ones at its end are missing, so it is imported, with a warning. {@code warnings} are the values an
 * imported row was kept without, or that were corrected (see {@link RowCheck#optional}).
 */
public record CheckedRow(long index, long line, Object item, List<Rejection> rejections, Header header, boolean shortRow,
                         List<Rejection> warnings) {

    public boolean accepted() {
        return rejections.isEmpty();
    }
}
