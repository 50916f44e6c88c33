package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.PrimaryKey;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY}. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements SchemaOperation {

    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public DropPrimaryKey reverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addPrimaryKey(this);
    }
}
