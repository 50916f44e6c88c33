package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP COLUMN}; it holds the whole column so that its reverse can add it back. */
public record DropColumn(QualifiedName table, Column column) implements SchemaOperation {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public AddColumn reverse() {
        return new AddColumn(table, column);
    }

    /** The column's values are gone; adding it back brings back the column, empty. */
    @Override
    public boolean losesData() {
        return true;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}
