package dev.strata.autogenerate.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param name              the constraint name
 * @param columns           the referencing columns, in order
 * @param referencedTable   the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onUpdate          {@code NO ACTION} (the default), {@code RESTRICT}, {@code CASCADE}, {@code SET NULL}
 *                          or {@code SET DEFAULT}
 * @param onDelete          as {@code onUpdate}
 */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
        List<String> referencedColumns, String onUpdate, String onDelete) {

    public static final String NO_ACTION = "NO ACTION";

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onUpdate = onUpdate == null ? NO_ACTION : onUpdate;
        onDelete = onDelete == null ? NO_ACTION : onDelete;
    }
}
