package dev.strata.internal.lint;

import dev.strata.format.SqlQuoting;
import dev.strata.internal.sql.StatementTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as a statement names it, possibly schema-qualified, each part as PostgreSQL stores it ({@code Clients}
 * folds to {@code clients}, {@code "Clients"} keeps its capital).
 *
 * @param schema the schema, or null when the statement leaves it to the search path
 * @param name   the table
 */
record RelationName(String schema, String name) {

    RelationName {
        Objects.requireNonNull(name, "name");
    }

    /** A name read from the tokens, and the index of the token after it. */
    record Parsed(RelationName name, int next) {
    }

    /**
     * Reads {@code [catalog.][schema.]name} at {@code index}, or returns null when there is no identifier there.
     * The catalog, which can only be the current database, is dropped.
     */
    static Parsed read(StatementTokens tokens, int index) {
        List<String> parts = new ArrayList<>();
        int i = index;
        while (i < tokens.size()) {
            String part = tokens.get(i).identifier();
            if (part == null) {
                break;
            }
            parts.add(part);
            if (!tokens.isOther(i + 1, '.')) {
                i++;
                break;
            }
            i += 2;
        }
        if (parts.isEmpty()) {
            return null;
        }
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
        return new Parsed(new RelationName(schema, parts.get(parts.size() - 1)), i);
    }

    /**
     * Whether both names can denote the same table: the same name, and the same schema when both give one. An
     * unqualified name is taken to mean the schema the other one names, which is what a revision that writes
     * {@code billing.invoices} once and {@code invoices} after it means under its search path.
     */
    boolean sameTableAs(RelationName other) {
        return name.equals(other.name) && (schema == null || other.schema == null || schema.equals(other.schema));
    }

    /** The same table under another name in the same schema ({@code ALTER TABLE ... RENAME TO}). */
    RelationName renamedTo(String newName) {
        return new RelationName(schema, newName);
    }

    /** As SQL would write it: {@code clients}, {@code billing.invoices}, {@code "Clients"}. */
    String display() {
        return schema == null ? SqlQuoting.identifier(name) : SqlQuoting.identifier(schema) + "."
                + SqlQuoting.identifier(name);
    }
}
