package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Sequence;
import java.util.Objects;

/** {@code CREATE SEQUENCE} with every option spelled out. */
public record CreateSequence(Sequence sequence) implements SchemaOperation {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public DropSequence reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSequence(this);
    }
}
