package dev.strata.autogenerate.schema;

import java.util.Objects;

/**
 * A {@code CHECK} constraint.
 *
 * @param name       the constraint name
 * @param definition the constraint as {@code pg_get_constraintdef(oid, true)} prints it with an empty
 *                   {@code search_path}, for example {@code CHECK (price >= 0::numeric)}
 */
public record CheckConstraint(String name, String definition) {

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
