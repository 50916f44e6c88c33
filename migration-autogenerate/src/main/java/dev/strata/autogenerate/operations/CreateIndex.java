package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/** {@code CREATE INDEX}: a plain index from its fields, any other from its {@code definition}. */
public record CreateIndex(QualifiedName table, Index index) implements SchemaOperation {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        if (!index.isPlain() && index.definition() == null) {
            throw new IllegalArgumentException("index " + index.name() + " on " + table
                    + " is not a plain b-tree index over columns, so it needs its definition to be rendered");
        }
    }

    @Override
    public DropIndex reverse() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }
}
