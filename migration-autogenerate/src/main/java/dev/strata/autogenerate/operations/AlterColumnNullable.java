package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ALTER COLUMN ... SET NOT NULL} or {@code DROP NOT NULL}.
 *
 * @param nullable what the column becomes: true drops {@code NOT NULL}, false sets it
 */
public record AlterColumnNullable(QualifiedName table, String column, boolean nullable)
        implements SchemaOperation {

    public AlterColumnNullable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public AlterColumnNullable reverse() {
        return new AlterColumnNullable(table, column, !nullable);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnNullable(this);
    }
}
