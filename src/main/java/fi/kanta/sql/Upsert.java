package fi.kanta.sql;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One set-based "insert or update" from a source query into a table, keyed by a unique key.
 * A row is updated only when a value really changed, so importing the same file again changes
 * nothing (not even {@code updated_at}). Written as MERGE for HSQLDB and as INSERT … ON CONFLICT
 * for PostgreSQL (whose MERGE arrived only in version 15).
 *
 * @param table   the target table
 * @param keys    the columns of its unique key
 * @param columns the other columns the source provides (updated when changed)
 * @param stamped whether the table has created_at / updated_at, set to the time given to {@link #sql(Vendor, LocalDateTime)}
 * @param source  a query yielding the key and other columns under the target's column names
 * @param newestBy columns that order a key's versions (compared in turn, the last with {@code >=}):
 *                 when given, a row is never replaced by an older version. Empty: always replaced.
 */
public record Upsert(String table, List<String> keys, List<String> columns, boolean stamped, String source, List<String> newestBy) {

    /** Always with its seconds (LocalDateTime's own text leaves ":00" out, which the databases refuse). */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    public Upsert(String table, List<String> keys, List<String> columns, boolean stamped, String source) {
        this(table, keys, columns, stamped, source, List.of());
    }

    /** The statement for the database: MERGE on HSQLDB, INSERT … ON CONFLICT on PostgreSQL; for a table without stamps. */
    public String sql(Vendor vendor) {
        return sql(vendor, null);
    }

    /**
     * The same, a new or changed row stamped {@code now}: the shop's time, as every time Kanta keeps
     * (the database's CURRENT_TIMESTAMP would be the machine's zone). Written as a literal: the
     * statement takes no parameters, and a LocalDateTime's text is only digits and separators.
     */
    public String sql(Vendor vendor, LocalDateTime now) {
        if (stamped && now == null) {
            throw new IllegalStateException(table + " is stamped: give the time");
        }
        String stamp = now == null ? null : "TIMESTAMP '" + STAMP.format(now) + "'";
        return vendor == Vendor.HSQLDB ? asMerge(stamp) : asInsertOnConflict(stamp);
    }

    private String asMerge(String stamp) {
        String update = columns.isEmpty() ? "" : " WHEN MATCHED AND (" + replaces("t.", "s.") + ") THEN UPDATE SET "
                + assignments("s.", stamp);
        return "MERGE INTO " + table + " t USING (" + source + ") s ON ("
                + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND ")) + ")"
                + update
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", insertColumns()) + ") VALUES ("
                + String.join(", ", insertValues(stamp)) + ")";
    }

    private String asInsertOnConflict(String stamp) {
        String onConflict = columns.isEmpty() ? " DO NOTHING"
                : " DO UPDATE SET " + assignments("EXCLUDED.", stamp) + " WHERE " + replaces("t.", "EXCLUDED.");
        return "INSERT INTO " + table + " AS t (" + String.join(", ", insertColumns()) + ") SELECT "
                + String.join(", ", insertValues(stamp)) + " FROM (" + source + ") s ON CONFLICT (" + String.join(", ", keys) + ")"
                + onConflict;
    }

    private List<String> insertColumns() {
        List<String> names = new ArrayList<>(keys);
        names.addAll(columns);
        if (stamped) {
            names.add("created_at");
            names.add("updated_at");
        }
        return names;
    }

    /** What a new row gets, in {@link #insertColumns()} order: the source's values and, if stamped, the time. */
    private List<String> insertValues(String stamp) {
        List<String> values = new ArrayList<>(prefixed("s.", keys));
        values.addAll(prefixed("s.", columns));
        if (stamped) {
            values.add(stamp);
            values.add(stamp);
        }
        return values;
    }

    /** When the source row replaces the target row: a value changed and, if ordered, it is not older. */
    private String replaces(String target, String source) {
        String changed = "(" + changed(target, source) + ")";
        return newestBy.isEmpty() ? changed : changed + " AND (" + notOlder(target, source, 0) + ")";
    }

    /** (a, b) >= (a', b') written out, since HSQLDB compares no row values: a > a' OR (a = a' AND b >= b'). */
    private String notOlder(String target, String source, int from) {
        String column = newestBy.get(from);
        if (from == newestBy.size() - 1) {
            return source + column + " >= " + target + column;
        }
        return source + column + " > " + target + column + " OR (" + source + column + " = " + target + column + " AND ("
                + notOlder(target, source, from + 1) + "))";
    }

    private String changed(String target, String source) {
        return columns.stream().map(c -> target + c + " IS DISTINCT FROM " + source + c).collect(Collectors.joining(" OR "));
    }

    private String assignments(String source, String stamp) {
        String set = columns.stream().map(c -> c + " = " + source + c).collect(Collectors.joining(", "));
        return stamped ? set + ", updated_at = " + stamp : set;
    }

    private static List<String> prefixed(String prefix, List<String> names) {
        return names.stream().map(n -> prefix + n).toList();
    }
}
