package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Sequence;
import java.util.Objects;

/**
 * {@code ALTER SEQUENCE} of the options that differ: data type, increment, bounds, cache and cycling. The
 * start value is never altered: a live sequence's start is history, and its position is its own.
 *
 * @param from the sequence before
 * @param to   the sequence after, with the same name
 */
public record AlterSequence(Sequence from, Sequence to) implements SchemaOperation {

    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterSequence changes one sequence, not " + from.name()
                    + " into " + to.name());
        }
        // The start is never altered, so a change of nothing else would be a statement without options.
        Arguments.requireChange(withStartOf(to, from), to, "AlterSequence of " + from.name()
                + " (the start aside, which is never altered)");
    }

    private static Sequence withStartOf(Sequence source, Sequence sequence) {
        return new Sequence(sequence.name(), sequence.dataType(), source.start(), sequence.increment(),
                sequence.minValue(), sequence.maxValue(), sequence.cache(), sequence.cycle());
    }

    @Override
    public AlterSequence reverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterSequence(this);
    }
}
