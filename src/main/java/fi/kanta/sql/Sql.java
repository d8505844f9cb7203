package fi.kanta.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A piece of SQL with its parameters, kept together so that values are always bound as {@code ?}
 * parameters and never written into the text, however the pieces are combined.
 */
public record Sql(String text, List<Object> params) {

    public Sql {
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    public static Sql of(String text, Object... params) {
        return new Sql(text, List.of(params));
    }

    public Sql plus(Sql more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(more.params);
        return new Sql(text + more.text, all);
    }

    public Sql plus(String text, Object... params) {
        return plus(of(text, params));
    }

    /** The pieces joined with a separator, e.g. {@code " AND "}. */
    public static Sql join(String separator, List<Sql> parts) {
        Sql joined = of("");
        for (int i = 0; i < parts.size(); i++) {
            joined = joined.plus(i == 0 ? "" : separator).plus(parts.get(i));
        }
        return joined;
    }

    public Sql parenthesized() {
        return of("(").plus(this).plus(")");
    }

    public Object[] args() {
        return params.toArray();
    }
}
