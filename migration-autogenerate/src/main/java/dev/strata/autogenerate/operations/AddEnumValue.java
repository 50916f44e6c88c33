package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER TYPE ... ADD VALUE 'x' AFTER 'w'} (or {@code BEFORE} the next label when the new one comes
 * first). PostgreSQL cannot remove a label, so the reverse is a {@link ReplaceEnum}, which needs the columns
 * that use the enum: this operation carries them for it.
 *
 * @param type   the enum type
 * @param value  the new label
 * @param values all labels once it is added, in order
 * @param usages the columns of the enum type, for the reverse
 */
public record AddEnumValue(QualifiedName type, String value, List<String> values, List<EnumUsage> usages)
        implements SchemaOperation {

    /** {@code server_version_num} of PostgreSQL 12, the first that runs {@code ADD VALUE} in a transaction. */
    public static final int TRANSACTIONAL_SINCE = 120000;

    public AddEnumValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        values = List.copyOf(values);
        usages = List.copyOf(usages);
        if (values.indexOf(value) < 0 || values.indexOf(value) != values.lastIndexOf(value)) {
            throw new IllegalArgumentException("values of AddEnumValue for " + type + " must hold '" + value
                    + "' exactly once, but are " + values);
        }
    }

    /** The labels before the value is added. */
    public List<String> valuesBefore() {
        List<String> before = new ArrayList<>(values);
        before.remove(value);
        return List.copyOf(before);
    }

    /** The label the new one follows, empty when it comes first. */
    public Optional<String> previousValue() {
        int position = values.indexOf(value);
        return position == 0 ? Optional.empty() : Optional.of(values.get(position - 1));
    }

    /** The label the new one precedes, empty when it comes last. */
    public Optional<String> nextValue() {
        int position = values.indexOf(value);
        return position == values.size() - 1 ? Optional.empty() : Optional.of(values.get(position + 1));
    }

    @Override
    public ReplaceEnum reverse() {
        return new ReplaceEnum(type, values, valuesBefore(), usages.stream().map(EnumUsage::reverse).toList());
    }

    /** Before PostgreSQL 12, {@code ALTER TYPE ... ADD VALUE} cannot run inside a transaction block. */
    @Override
    public boolean runsInTransaction(int serverVersionNum) {
        return serverVersionNum >= TRANSACTIONAL_SINCE;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addEnumValue(this);
    }
}
