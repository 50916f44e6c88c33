package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Table;
import java.util.Objects;

/**
 * {@code CREATE TABLE} with the table's columns, primary key, unique and check constraints, indexes and
 * comments. Foreign keys are never part of it: they come as {@link AddForeignKey} operations once every table
 * exists, so that tables referencing each other in a cycle can be created (and, in a downgrade, re-created).
 *
 * @param table the table, without foreign keys
 */
public record CreateTable(Table table) implements SchemaOperation {

    public CreateTable {
        Objects.requireNonNull(table, "table");
        if (!table.foreignKeys().isEmpty()) {
            throw new IllegalArgumentException("CreateTable takes a table without foreign keys, so that tables"
                    + " that reference each other can be created; " + table.name() + " has "
                    + table.foreignKeys().get(0).name() + ": create it with AddForeignKey");
        }
    }

    @Override
    public DropTable reverse() {
        return new DropTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }
}
