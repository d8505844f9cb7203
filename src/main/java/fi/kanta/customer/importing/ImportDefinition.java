package fi.kanta.customer.importing;

import java.util.List;

/**
 * One kind of import: the columns it reads, how a row becomes an item, and how a chunk of items
 * is staged and merged into the customer tables.
 *
 * @param <T> the item a valid row becomes
 */
interface ImportDefinition<T> {

    ImportKind kind();

    List<Column> columns();

    /** The item, or anything (it is dropped) when the check has recorded rejections. */
    T read(RowCheck row);

    /** The stage table (migration V3) and its columns after {@code line}. */
    String stageTable();

    List<String> stageColumns();

    /** The item's values in {@link #stageColumns()} order. */
    Object[] stageValues(T item);

    /** Rows with equal keys in one chunk are one row; the later one wins. */
    Object key(T item);

    /** Merges the loaded stage into the tables; returns how many stage rows it rejected. */
    int apply(Stage stage);
}
