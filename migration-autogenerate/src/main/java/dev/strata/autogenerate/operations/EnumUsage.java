package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/**
 * A column whose type is an enum (or an array of it), as a {@link ReplaceEnum} must convert it. A default
 * that names the enum cannot survive the swap of types, so the replacement drops it before the conversion and
 * sets the new one after.
 *
 * @param table       the table
 * @param column      the column
 * @param array       true when the column is an array of the enum
 * @param fromDefault the column's default before the replacement, or null
 * @param toDefault   the default to set after it, or null
 */
public record EnumUsage(QualifiedName table, String column, boolean array, String fromDefault,
        String toDefault) {

    public EnumUsage {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** The same column with the defaults swapped, for the reverse replacement. */
    public EnumUsage reverse() {
        return new EnumUsage(table, column, array, toDefault, fromDefault);
    }

    /** Whether the replacement leaves the default as it was. */
    public boolean keepsDefault() {
        return Objects.equals(fromDefault, toDefault);
    }
}
