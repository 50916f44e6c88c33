package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.UniqueConstraint;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP CONSTRAINT} of a unique constraint; it holds the constraint for its reverse. */
public record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements SchemaOperation {

    public DropUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public AddUniqueConstraint reverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropUniqueConstraint(this);
    }
}
