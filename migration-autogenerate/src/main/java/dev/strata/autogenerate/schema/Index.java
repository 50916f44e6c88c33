package dev.strata.autogenerate.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint (indexes behind primary keys and unique constraints are
 * described by those).
 *
 * @param name       the index name
 * @param columns    the key elements in order: column names, or for expression elements the expression as
 *                   {@code pg_get_indexdef(indexrelid, n, true)} prints it
 * @param unique     a {@code CREATE UNIQUE INDEX}
 * @param method     the access method: {@code btree}, {@code gin}, {@code gist}, {@code hash}, ...
 * @param predicate  the {@code WHERE} clause of a partial index as PostgreSQL prints it, or null
 * @param expression true when some element is an expression rather than a plain column
 * @param definition the whole {@code CREATE INDEX} statement as {@code pg_get_indexdef} prints it (with an
 *                   empty {@code search_path}); used to recreate indexes that the other fields cannot express
 */
public record Index(String name, List<String> columns, boolean unique, String method, String predicate,
        boolean expression, String definition) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        method = method == null ? "btree" : method;
    }

    /** A plain b-tree index over columns, with no expression and no predicate. */
    public boolean isPlain() {
        return !expression && predicate == null && method.equals("btree");
    }
}
