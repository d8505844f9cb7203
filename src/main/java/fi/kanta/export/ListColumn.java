package fi.kanta.export;

import java.util.Objects;

/** One column of an exported list: the header a marketer reads and the kind of cell under it. */
public record ListColumn(String header, CellType type) {

    public ListColumn {
        Objects.requireNonNull(type, "type");
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("a list column needs a header");
        }
    }
}
