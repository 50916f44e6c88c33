package dev.strata.autogenerate.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified name of a table, sequence or type, as PostgreSQL stores it (unquoted, case as
 * stored: {@code public.order_item}, {@code Audit.LogEntry}).
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code schema.name}, unquoted, for messages. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
