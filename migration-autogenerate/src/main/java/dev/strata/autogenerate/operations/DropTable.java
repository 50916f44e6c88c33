package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Table;
import java.util.Objects;

/**
 * {@code DROP TABLE}. It holds the whole table so that its reverse can create it again; like
 * {@link CreateTable} it holds no foreign keys: those of the dropped table are dropped first by
 * {@link DropForeignKey} operations, whose reverses add them back after the downgrade re-created every table.
 *
 * @param table the table as it was, without foreign keys
 */
public record DropTable(Table table) implements SchemaOperation {

    public DropTable {
        Objects.requireNonNull(table, "table");
        if (!table.foreignKeys().isEmpty()) {
            throw new IllegalArgumentException("DropTable takes a table without foreign keys, so that its"
                    + " reverse can run before the tables it references exist; " + table.name() + " has "
                    + table.foreignKeys().get(0).name() + ": drop it with DropForeignKey first");
        }
    }

    @Override
    public CreateTable reverse() {
        return new CreateTable(table);
    }

    /** Dropping a table drops its rows. */
    @Override
    public boolean losesData() {
        return true;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }
}
