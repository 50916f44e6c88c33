package dev.strata.autogenerate.operations;

import java.util.Objects;

/** {@code CREATE SCHEMA name}. */
public record CreateSchema(String name) implements SchemaOperation {

    public CreateSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public DropSchema reverse() {
        return new DropSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSchema(this);
    }
}
