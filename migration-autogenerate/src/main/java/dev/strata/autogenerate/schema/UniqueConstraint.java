package dev.strata.autogenerate.schema;

import java.util.List;
import java.util.Objects;

/**
 * A {@code UNIQUE} constraint (not a unique index: those are {@link Index} with {@code unique}).
 *
 * @param name    the constraint name
 * @param columns its columns in constraint order
 */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
