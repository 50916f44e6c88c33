package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code COMMENT ON COLUMN}.
 *
 * @param from the comment before, or null
 * @param to   the comment after, or null to remove it
 */
public record AlterColumnComment(QualifiedName table, String column, String from, String to)
        implements SchemaOperation {

    public AlterColumnComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Arguments.requireChange(from, to, "AlterColumnComment of " + table + "." + column);
    }

    @Override
    public AlterColumnComment reverse() {
        return new AlterColumnComment(table, column, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnComment(this);
    }
}
