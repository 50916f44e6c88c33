package dev.strata.autogenerate.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with everything that hangs off it. Lists are in a stable order (columns by position,
 * constraints and indexes by name).
 *
 * @param primaryKey the primary key, or null when the table has none
 * @param comment    the table comment, or null
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
        List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<ForeignKey> foreignKeys,
        List<CheckConstraint> checkConstraints, String comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checkConstraints = List.copyOf(checkConstraints);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
