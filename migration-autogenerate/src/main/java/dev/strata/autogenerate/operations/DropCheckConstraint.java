package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.CheckConstraint;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP CONSTRAINT} of a check constraint; it holds the constraint for its reverse. */
public record DropCheckConstraint(QualifiedName table, CheckConstraint constraint) implements SchemaOperation {

    public DropCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public AddCheckConstraint reverse() {
        return new AddCheckConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropCheckConstraint(this);
    }
}
