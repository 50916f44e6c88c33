package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP CONSTRAINT} of a foreign key; it holds the key for its reverse. */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements SchemaOperation {

    public DropForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public AddForeignKey reverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropForeignKey(this);
    }
}
