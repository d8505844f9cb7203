package fi.kanta.customer.importing;

import java.util.List;

/**
 * A source row after checking (index and line as in {@link SourceRow}): either an item to import
 * or the reasons it was rejected.
 */
public record CheckedRow(long index, long line, Object item, List<Rejection> rejections, Header header) {

    public boolean accepted() {
        return rejections.isEmpty();
    }
}
