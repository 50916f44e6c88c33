package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code COMMENT ON TABLE}.
 *
 * @param table the table
 * @param from  the comment before, or null
 * @param to    the comment after, or null to remove it
 */
public record AlterTableComment(QualifiedName table, String from, String to) implements SchemaOperation {

    public AlterTableComment {
        Objects.requireNonNull(table, "table");
        Arguments.requireChange(from, to, "AlterTableComment of " + table);
    }

    @Override
    public AlterTableComment reverse() {
        return new AlterTableComment(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterTableComment(this);
    }
}
