package dev.strata.autogenerate.operations;

import java.util.Objects;

/**
 * {@code DROP SCHEMA name}, without {@code CASCADE}: it only succeeds once the schema is empty, which the
 * operations before it in the same script arrange. Comparison never emits it for a schema of the database
 * (see {@code SchemaComparator}); it exists as the reverse of {@link CreateSchema}.
 */
public record DropSchema(String name) implements SchemaOperation {

    public DropSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public CreateSchema reverse() {
        return new CreateSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSchema(this);
    }
}
