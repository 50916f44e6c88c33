package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/**
 * Makes a column an identity column, changes how it generates, or makes it an ordinary column again
 * ({@code ADD GENERATED ... AS IDENTITY}, {@code SET GENERATED ...}, {@code DROP IDENTITY}). PostgreSQL
 * requires the column to be {@code NOT NULL} and without a default before it becomes an identity column;
 * comparison orders those changes around this one.
 */
public record AlterColumnIdentity(QualifiedName table, String column, Identity from, Identity to)
        implements SchemaOperation {

    public AlterColumnIdentity {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Arguments.requireChange(from, to, "AlterColumnIdentity of " + table + "." + column);
    }

    @Override
    public AlterColumnIdentity reverse() {
        return new AlterColumnIdentity(table, column, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnIdentity(this);
    }
}
