package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.PrimaryKey;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP CONSTRAINT} of a primary key; it holds the key so that its reverse can add it back. */
public record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements SchemaOperation {

    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public AddPrimaryKey reverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropPrimaryKey(this);
    }
}
