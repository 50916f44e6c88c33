package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Sequence;
import java.util.Objects;

/** {@code DROP SEQUENCE}; it holds the sequence's definition for its reverse. */
public record DropSequence(Sequence sequence) implements SchemaOperation {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public CreateSequence reverse() {
        return new CreateSequence(sequence);
    }

    /**
     * The sequence's position is lost: created again it starts over, and values it hands out may collide
     * with keys taken before.
     */
    @Override
    public boolean losesData() {
        return true;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }
}
