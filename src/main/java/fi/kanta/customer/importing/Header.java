package fi.kanta.customer.importing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The header row of an import file, resolved against the columns the import understands. */
public final class Header {

    private final List<String> cells;
    private final Map<Column, Integer> positions;
    private final List<String> ignored;

    private Header(List<String> cells, Map<Column, Integer> positions, List<String> ignored) {
        this.cells = cells;
        this.positions = positions;
        this.ignored = ignored;
    }

    /**
     * Matches header cells to columns. A missing required column or a column named twice is an
     * error for the whole file, named so the user can fix the header.
     */
    public static Header resolve(String file, List<String> cells, List<Column> columns) {
        Map<Column, Integer> positions = new IdentityHashMap<>(); // by identity: looked up for every cell
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).trim();
            if (cell.isEmpty()) {
                continue;
            }
            Column column = columns.stream().filter(c -> c.matches(cell)).findFirst().orElse(null);
            if (column == null) {
                ignored.add(cell);
            } else if (positions.containsKey(column)) {
                throw ImportFileException.refused("import.file.same-column", file, Printable.escape(cells.get(positions.get(column)).trim()),
                        Printable.escape(cell), column.name());
            } else {
                positions.put(column, i);
            }
        }
        for (Column column : columns) {
            if (column.required() && !positions.containsKey(column)) {
                throw ImportFileException.refused("import.file.no-column", file, column.name(), String.join(", ", column.names()),
                        Printable.escape(String.join(", ", cells.stream().map(c -> c == null ? "" : c).toList())));
            }
        }
        return new Header(List.copyOf(cells), positions, List.copyOf(ignored));
    }

    /** The position of the column in each row, or -1 when the file does not have it. */
    public int position(Column column) {
        return positions.getOrDefault(column, -1);
    }

    /** The header cell at a position, as the file writes it (trimmed; empty when the header is shorter). */
    public String nameAt(int position) {
        String cell = position < cells.size() ? cells.get(position) : null;
        return cell == null ? "" : cell.trim();
    }

    /** Whether a row with only {@code values} values lacks a column the import requires. */
    boolean requiresBeyond(int values) {
        return positions.entrySet().stream().anyMatch(p -> p.getKey().required() && p.getValue() >= values);
    }

    /** The column's name as the file writes it (its canonical name when the file lacks it). */
    public String nameInFile(Column column) {
        int position = position(column);
        return position < 0 ? column.name() : cells.get(position).trim();
    }

    /** Header cells that name no known column; they are ignored, and the import says so. */
    public List<String> ignored() {
        return ignored;
    }

    public int width() {
        return cells.size();
    }
}
