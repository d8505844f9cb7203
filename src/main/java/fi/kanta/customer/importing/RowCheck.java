package fi.kanta.customer.importing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the columns of one row and collects every problem found, so that a row with three
 * mistakes is reported once with all three, each naming its column and value.
 */
public final class RowCheck {

    private final SourceRow row;
    private final LocalDateTime fileTime;
    private final List<Rejection> rejections = new ArrayList<>();

    RowCheck(SourceRow row, LocalDateTime fileTime) {
        this.row = row;
        this.fileTime = fileTime;
        String[] cells = row.cells();
        for (int i = row.header().width(); i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                rejections.add(new Rejection(row.line(), "(row)", cells[i],
                        "has " + cells.length + " values but the header has " + row.header().width()
                                + " columns; is a delimiter or quote out of place?"));
                break;
            }
        }
    }

    /** The trimmed text, or null when blank; longer than {@code maxLength} is a rejection. */
    public String text(Column column, int maxLength) {
        String text = row.text(column);
        if (text != null && text.length() > maxLength) {
            reject(column, text, "longer than " + maxLength + " characters");
            return null;
        }
        return text;
    }

    /** Like {@link #text} but a blank or missing value is a rejection. */
    public String required(Column column, int maxLength) {
        String text = text(column, maxLength);
        if (text == null && row.text(column) == null) {
            reject(column, "", "is empty; a value is required");
        }
        return text;
    }

    /**
     * Parses the value; the parser throws {@link IllegalArgumentException} with the reason when
     * the value is wrong. Returns null (and records the rejection) then, or when blank.
     */
    public <V> V parse(Column column, Function<String, V> parser) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            reject(column, text, e.getMessage());
            return null;
        }
    }

    /** Like {@link #parse} but a blank or missing value is a rejection. */
    public <V> V parseRequired(Column column, Function<String, V> parser) {
        if (row.text(column) == null) {
            reject(column, "", "is empty; a value is required");
            return null;
        }
        return parse(column, parser);
    }

    /** Records a problem that involves this column. */
    public void reject(Column column, String value, String reason) {
        rejections.add(new Rejection(row.line(), row.header().nameInFile(column), value, reason));
    }

    /** True when the column has a (non-blank) value in this row. */
    public boolean has(Column column) {
        return row.text(column) != null;
    }

    /** When the file was last changed: the time of rows that carry none, so a re-import is idempotent. */
    public LocalDateTime fileTime() {
        return fileTime;
    }

    CheckedRow result(Object item) {
        return new CheckedRow(row.index(), row.line(), rejections.isEmpty() ? item : null, List.copyOf(rejections), row.header());
    }
}
