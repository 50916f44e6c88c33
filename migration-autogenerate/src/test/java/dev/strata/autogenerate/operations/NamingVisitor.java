package dev.strata.autogenerate.operations;

/** Answers with the name of the method it was called on. */
final class NamingVisitor implements OperationVisitor<String> {

    @Override
    public String createSchema(CreateSchema op) {
        return "createSchema";
    }

    @Override
    public String dropSchema(DropSchema op) {
        return "dropSchema";
    }

    @Override
    public String createTable(CreateTable op) {
        return "createTable";
    }

    @Override
    public String dropTable(DropTable op) {
        return "dropTable";
    }

    @Override
    public String alterTableComment(AlterTableComment op) {
        return "alterTableComment";
    }

    @Override
    public String addColumn(AddColumn op) {
        return "addColumn";
    }

    @Override
    public String dropColumn(DropColumn op) {
        return "dropColumn";
    }

    @Override
    public String alterColumnType(AlterColumnType op) {
        return "alterColumnType";
    }

    @Override
    public String alterColumnNullable(AlterColumnNullable op) {
        return "alterColumnNullable";
    }

    @Override
    public String alterColumnDefault(AlterColumnDefault op) {
        return "alterColumnDefault";
    }

    @Override
    public String alterColumnIdentity(AlterColumnIdentity op) {
        return "alterColumnIdentity";
    }

    @Override
    public String alterColumnComment(AlterColumnComment op) {
        return "alterColumnComment";
    }

    @Override
    public String addPrimaryKey(AddPrimaryKey op) {
        return "addPrimaryKey";
    }

    @Override
    public String dropPrimaryKey(DropPrimaryKey op) {
        return "dropPrimaryKey";
    }

    @Override
    public String addUniqueConstraint(AddUniqueConstraint op) {
        return "addUniqueConstraint";
    }

    @Override
    public String dropUniqueConstraint(DropUniqueConstraint op) {
        return "dropUniqueConstraint";
    }

    @Override
    public String addCheckConstraint(AddCheckConstraint op) {
        return "addCheckConstraint";
    }

    @Override
    public String dropCheckConstraint(DropCheckConstraint op) {
        return "dropCheckConstraint";
    }

    @Override
    public String addForeignKey(AddForeignKey op) {
        return "addForeignKey";
    }

    @Override
    public String dropForeignKey(DropForeignKey op) {
        return "dropForeignKey";
    }

    @Override
    public String createIndex(CreateIndex op) {
        return "createIndex";
    }

    @Override
    public String dropIndex(DropIndex op) {
        return "dropIndex";
    }

    @Override
    public String createSequence(CreateSequence op) {
        return "createSequence";
    }

    @Override
    public String dropSequence(DropSequence op) {
        return "dropSequence";
    }

    @Override
    public String alterSequence(AlterSequence op) {
        return "alterSequence";
    }

    @Override
    public String createEnum(CreateEnum op) {
        return "createEnum";
    }

    @Override
    public String dropEnum(DropEnum op) {
        return "dropEnum";
    }

    @Override
    public String addEnumValue(AddEnumValue op) {
        return "addEnumValue";
    }

    @Override
    public String replaceEnum(ReplaceEnum op) {
        return "replaceEnum";
    }
}
