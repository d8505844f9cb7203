package fi.kanta.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths guessed from the header and the first rows only: POI's autoSizeColumn measures
 * every cell with the font renderer, which over a million rows takes longer than writing them.
 */
final class ColumnWidths {

    /** Rows looked at; a list is usually sorted by value, not by length, so its top is a fair sample. */
    static final int SAMPLE_ROWS = 200;
    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 60;
    /** Room for the auto filter's drop-down button and the bold font of the header. */
    private static final int HEADER_EXTRA = 3;

    private final int[] chars;
    private int sampled;

    ColumnWidths(List<ListColumn> columns) {
        chars = new int[columns.size()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = columns.get(i).header().length() + HEADER_EXTRA;
        }
    }

    boolean sampling() {
        return sampled < SAMPLE_ROWS;
    }

    void sample(int column, int length) {
        chars[column] = Math.max(chars[column], length);
    }

    void rowDone() {
        sampled++;
    }

    void applyTo(Sheet sheet) {
        for (int i = 0; i < chars.length; i++) {
            int width = Math.min(Math.max(chars[i], MIN_CHARS), MAX_CHARS) + 1;
            sheet.setColumnWidth(i, width * 256);
        }
    }
}
