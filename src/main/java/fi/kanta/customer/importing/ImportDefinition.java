package fi.kanta.customer.importing;

import fi.kanta.words.Words;
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

    /**
     * The column whose value numbers the rows of a file that has {@code header}, in file order, one
     * count per value ({@link RowCheck#numberInFile()}); null (the default) when rows are not numbered.
     */
    default Column numberedBy(Header header) {
        return null;
    }

    /** The stage table (migration V3) and its columns after {@code line}. */
    String stageTable();

    List<String> stageColumns();

    /** The item's values in {@link #stageColumns()} order. */
    Object[] stageValues(T item);

    /**
     * What makes a row one of a kind in a file, as SQL over the stage (alias {@code s}): a key that
     * appears again on a later line is rejected there (see {@link RepeatedKeys}).
     */
    String keySql();

    /** The column the reject report names for a repeated key, and its value in SQL over the stage. */
    Column keyColumn();

    String keyValueSql();

    /** Why the row with {@code key} (as {@link #keyValueSql()} gives it) is rejected when it already appears on {@code firstLine}. */
    String repeated(String key, long firstLine, Words words);

    /** Merges the loaded stage into the tables; returns how many stage rows it rejected. */
    int apply(Stage stage);
}
