package fi.kanta.customer.importing;

/**
 * One data row of an import file: its place among the data rows (0 for the first), its line (CSV:
 * the line the record starts on; .xlsx: the row number) and its cell texts, read against the
 * file's header.
 */
public record SourceRow(long index, long line, String[] cells, Header header) {

    /** The trimmed text of the column, or null when the file lacks the column or the cell is blank. */
    public String text(Column column) {
        int position = header.position(column);
        if (position < 0 || position >= cells.length || cells[position] == null) {
            return null;
        }
        String text = cells[position].strip();
        return text.isEmpty() ? null : text;
    }
}
