package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD COLUMN}, with the column's default, identity, nullability and comment. */
public record AddColumn(QualifiedName table, Column column) implements SchemaOperation {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
