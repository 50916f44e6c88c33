package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.UniqueConstraint;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... UNIQUE}. */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements SchemaOperation {

    public AddUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public DropUniqueConstraint reverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addUniqueConstraint(this);
    }
}
