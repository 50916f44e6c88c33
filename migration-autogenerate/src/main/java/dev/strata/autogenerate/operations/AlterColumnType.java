package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ALTER COLUMN ... TYPE}, with a {@code USING} cast when PostgreSQL does not convert
 * between the two types on its own (see {@link TypeConversion}).
 *
 * @param table    the table
 * @param column   the column
 * @param fromType the type before, as {@code format_type} prints it
 * @param toType   the type after
 */
public record AlterColumnType(QualifiedName table, String column, String fromType, String toType)
        implements SchemaOperation {

    public AlterColumnType {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(fromType, "fromType");
        Objects.requireNonNull(toType, "toType");
        Arguments.requireChange(fromType, toType, "AlterColumnType of " + table + "." + column);
    }

    /** What the change does to values, and whether it needs a {@code USING} clause. */
    public TypeConversion conversion() {
        return new TypeConversion(fromType, toType);
    }

    @Override
    public AlterColumnType reverse() {
        return new AlterColumnType(table, column, toType, fromType);
    }

    /** A narrowing change can cut, round or reject values: a widening one keeps every value. */
    @Override
    public boolean losesData() {
        return conversion().narrows();
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnType(this);
    }
}
