package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code DROP INDEX}; it holds the index for its reverse. */
public record DropIndex(QualifiedName table, Index index) implements SchemaOperation {

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        if (!index.isPlain() && index.definition() == null) {
            throw new IllegalArgumentException("index " + index.name() + " on " + table
                    + " is not a plain b-tree index over columns, so it needs its definition to be rendered");
        }
    }

    @Override
    public CreateIndex reverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
