package dev.strata.autogenerate.operations;

import java.util.ArrayList;
import java.util.List;

/**
 * One change to a database schema, held as data (Alembic's {@code MigrateOperation}): autogenerate
 * compares two models into a list of these, derives the downgrade by {@link #reverse() reversing} them,
 * and only then renders SQL. Every operation therefore carries what its reverse needs: a dropped column
 * holds the whole {@link dev.strata.autogenerate.schema.Column}, a type change both types.
 *
 * <p>Names of tables, sequences and types are {@link dev.strata.autogenerate.schema.QualifiedName}s; column,
 * constraint and index names are as stored, unquoted. Types, defaults and check definitions are PostgreSQL's
 * own spellings, ready to be written into SQL.
 */
public sealed interface SchemaOperation permits CreateSchema, DropSchema, CreateTable, DropTable,
        AlterTableComment, AddColumn, DropColumn, AlterColumnType, AlterColumnNullable, AlterColumnDefault,
        AlterColumnIdentity, AlterColumnComment, AddPrimaryKey, DropPrimaryKey, AddUniqueConstraint,
        DropUniqueConstraint, AddCheckConstraint, DropCheckConstraint, AddForeignKey, DropForeignKey,
        CreateIndex, DropIndex, CreateSequence, DropSequence, AlterSequence, CreateEnum, DropEnum, AddEnumValue,
        ReplaceEnum {

    /**
     * The operation that undoes this one; {@code op.reverse().reverse()} equals {@code op}.
     *
     * @return the reverse operation
     */
    SchemaOperation reverse();

    /**
     * Whether running this operation can destroy data that its reverse cannot bring back: dropping a table
     * or column, a narrowing type change, removing an enum value.
     *
     * @return true when the operation deserves a human's review before it runs
     */
    default boolean losesData() {
        return false;
    }

    /**
     * Whether the operation can run inside a transaction block on the given server.
     *
     * @param serverVersionNum the server's {@code server_version_num}, for example {@code 160004}
     * @return false when PostgreSQL refuses it in a transaction block
     */
    default boolean runsInTransaction(int serverVersionNum) {
        return true;
    }

    /**
     * Calls the visitor's method for this kind of operation; the visitor interface lists every kind, so
     * that adding one breaks every renderer until it handles it.
     *
     * @param visitor the visitor
     * @param <R>     what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(OperationVisitor<R> visitor);

    /**
     * A downgrade from an upgrade: each operation reversed, last first. Operations are ordered so that the
     * upgrade runs; undoing them in the opposite order runs for the same reason.
     *
     * @param upgrade the upgrade's operations
     * @return the operations that undo them
     */
    static List<SchemaOperation> reversed(List<SchemaOperation> upgrade) {
        List<SchemaOperation> downgrade = new ArrayList<>(upgrade.size());
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            downgrade.add(upgrade.get(i).reverse());
        }
        return List.copyOf(downgrade);
    }
}
