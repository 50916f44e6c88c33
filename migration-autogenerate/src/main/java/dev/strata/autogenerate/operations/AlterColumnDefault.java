package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ALTER COLUMN ... SET DEFAULT} or {@code DROP DEFAULT}.
 *
 * @param from the default before, as {@code pg_get_expr} prints it, or null
 * @param to   the default after, or null to drop it
 */
public record AlterColumnDefault(QualifiedName table, String column, String from, String to)
        implements SchemaOperation {

    public AlterColumnDefault {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Arguments.requireChange(from, to, "AlterColumnDefault of " + table + "." + column);
    }

    @Override
    public AlterColumnDefault reverse() {
        return new AlterColumnDefault(table, column, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnDefault(this);
    }
}
