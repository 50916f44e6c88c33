package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives an enum type a new list of labels when some are removed or reordered, which PostgreSQL cannot do in
 * place: rename the old type aside, create the new one under the name, convert every column that uses it
 * ({@code TYPE new USING col::text::new}), drop the old type. Rows holding a removed label make the
 * conversion fail, so nothing is lost silently, but the operation counts as one that can lose data.
 *
 * @param type       the enum type
 * @param fromValues the labels before
 * @param toValues   the labels after
 * @param usages     the columns of the enum type
 */
public record ReplaceEnum(QualifiedName type, List<String> fromValues, List<String> toValues,
        List<EnumUsage> usages) implements SchemaOperation {

    public ReplaceEnum {
        Objects.requireNonNull(type, "type");
        fromValues = List.copyOf(fromValues);
        toValues = List.copyOf(toValues);
        usages = List.copyOf(usages);
        Arguments.requireChange(fromValues, toValues, "ReplaceEnum of " + type);
    }

    /** The labels that the replacement removes. */
    public List<String> removedValues() {
        return fromValues.stream().filter(v -> !toValues.contains(v)).toList();
    }

    /**
     * The replacement back. When going back only inserts one label and no default changes, that is an
     * {@link AddEnumValue}: cheaper than swapping types, and what comparison would have emitted.
     */
    @Override
    public SchemaOperation reverse() {
        List<EnumUsage> reversed = usages.stream().map(EnumUsage::reverse).toList();
        String inserted = insertedValue(toValues, fromValues);
        if (inserted != null && usages.stream().allMatch(EnumUsage::keepsDefault)) {
            return new AddEnumValue(type, inserted, fromValues, reversed);
        }
        return new ReplaceEnum(type, toValues, fromValues, reversed);
    }

    @Override
    public boolean losesData() {
        return !removedValues().isEmpty();
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.replaceEnum(this);
    }

    /** The one label that {@code longer} has in addition to {@code shorter}, order kept, or null. */
    private static String insertedValue(List<String> shorter, List<String> longer) {
        if (longer.size() != shorter.size() + 1) {
            return null;
        }
        int i = 0;
        while (i < shorter.size() && shorter.get(i).equals(longer.get(i))) {
            i++;
        }
        List<String> without = new ArrayList<>(longer);
        String inserted = without.remove(i);
        return without.equals(shorter) && !shorter.contains(inserted) ? inserted : null;
    }
}
