package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.CheckConstraint;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... CHECK}. */
public record AddCheckConstraint(QualifiedName table, CheckConstraint constraint) implements SchemaOperation {

    public AddCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public DropCheckConstraint reverse() {
        return new DropCheckConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addCheckConstraint(this);
    }
}
