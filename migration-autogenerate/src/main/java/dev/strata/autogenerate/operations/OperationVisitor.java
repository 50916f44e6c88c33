package dev.strata.autogenerate.operations;

/**
 * One method per kind of {@link SchemaOperation}. Java 17 has no exhaustive {@code switch} over a sealed
 * interface's records; a visitor gives the same guarantee: a new operation does not compile until every
 * renderer handles it.
 *
 * @param <R> what each method returns
 */
public interface OperationVisitor<R> {

    R createSchema(CreateSchema op);

    R dropSchema(DropSchema op);

    R createTable(CreateTable op);

    R dropTable(DropTable op);

    R alterTableComment(AlterTableComment op);

    R addColumn(AddColumn op);

    R dropColumn(DropColumn op);

    R alterColumnType(AlterColumnType op);

    R alterColumnNullable(AlterColumnNullable op);

    R alterColumnDefault(AlterColumnDefault op);

    R alterColumnIdentity(AlterColumnIdentity op);

    R alterColumnComment(AlterColumnComment op);

    R addPrimaryKey(AddPrimaryKey op);

    R dropPrimaryKey(DropPrimaryKey op);

    R addUniqueConstraint(AddUniqueConstraint op);

    R dropUniqueConstraint(DropUniqueConstraint op);

    R addCheckConstraint(AddCheckConstraint op);

    R dropCheckConstraint(DropCheckConstraint op);

    R addForeignKey(AddForeignKey op);

    R dropForeignKey(DropForeignKey op);

    R createIndex(CreateIndex op);

    R dropIndex(DropIndex op);

    R createSequence(CreateSequence op);

    R dropSequence(DropSequence op);

    R alterSequence(AlterSequence op);

    R createEnum(CreateEnum op);

    R dropEnum(DropEnum op);

    R addEnumValue(AddEnumValue op);

    R replaceEnum(ReplaceEnum op);
}
