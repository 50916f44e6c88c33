package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}, emitted after every table exists so that cycles work. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements SchemaOperation {

    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public DropForeignKey reverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addForeignKey(this);
    }
}
