package dev.strata.autogenerate.render;

import static dev.strata.autogenerate.render.SqlNames.identifier;

import dev.strata.autogenerate.operations.AddCheckConstraint;
import dev.strata.autogenerate.operations.AddColumn;
import dev.strata.autogenerate.operations.AddEnumValue;
import dev.strata.autogenerate.operations.AddForeignKey;
import dev.strata.autogenerate.operations.AddPrimaryKey;
import dev.strata.autogenerate.operations.AddUniqueConstraint;
import dev.strata.autogenerate.operations.AlterColumnComment;
import dev.strata.autogenerate.operations.AlterColumnDefault;
import dev.strata.autogenerate.operations.AlterColumnIdentity;
import dev.strata.autogenerate.operations.AlterColumnNullable;
import dev.strata.autogenerate.operations.AlterColumnType;
import dev.strata.autogenerate.operations.AlterSequence;
import dev.strata.autogenerate.operations.AlterTableComment;
import dev.strata.autogenerate.operations.CreateEnum;
import dev.strata.autogenerate.operations.CreateIndex;
import dev.strata.autogenerate.operations.CreateSchema;
import dev.strata.autogenerate.operations.CreateSequence;
import dev.strata.autogenerate.operations.CreateTable;
import dev.strata.autogenerate.operations.DropCheckConstraint;
import dev.strata.autogenerate.operations.DropColumn;
import dev.strata.autogenerate.operations.DropEnum;
import dev.strata.autogenerate.operations.DropForeignKey;
import dev.strata.autogenerate.operations.DropIndex;
import dev.strata.autogenerate.operations.DropPrimaryKey;
import dev.strata.autogenerate.operations.DropSchema;
import dev.strata.autogenerate.operations.DropSequence;
import dev.strata.autogenerate.operations.DropTable;
import dev.strata.autogenerate.operations.DropUniqueConstraint;
import dev.strata.autogenerate.operations.OperationVisitor;
import dev.strata.autogenerate.operations.Quoting;
import dev.strata.autogenerate.operations.ReplaceEnum;
import dev.strata.autogenerate.operations.SchemaOperation;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL statements for operations, without the terminating semicolons: one statement per operation, or
 * the few that one operation needs (a table and its indexes, the steps of an enum replacement).
 */
public final class SqlRenderer {

    private final Statements statements;

    /**
     * @param defaultSchema the schema that names are not qualified with, the first on the revision's
     *                      {@code search_path}, usually {@code public}
     */
    public SqlRenderer(String defaultSchema) {
        this.statements = new Statements(new SqlNames(defaultSchema));
    }

    /**
     * The statements of one operation.
     *
     * @param operation the operation
     * @return its statements, in order, without semicolons
     */
    public List<String> statements(SchemaOperation operation) {
        return operation.accept(statements);
    }

    private static final class Statements implements OperationVisitor<List<String>> {

        private final SqlNames names;
        private final Definitions definitions;

        Statements(SqlNames names) {
            this.names = names;
            this.definitions = new Definitions(names);
        }

        @Override
        public List<String> createSchema(CreateSchema op) {
            return List.of("CREATE SCHEMA " + identifier(op.name()));
        }

        @Override
        public List<String> dropSchema(DropSchema op) {
            return List.of("DROP SCHEMA " + identifier(op.name()));
        }

        @Override
        public List<String> createTable(CreateTable op) {
            return definitions.createTable(op.table());
        }

        @Override
        public List<String> dropTable(DropTable op) {
            return List.of("DROP TABLE " + names.of(op.table().name()));
        }

        @Override
        public List<String> alterTableComment(AlterTableComment op) {
            return List.of(definitions.tableComment(op.table(), op.to()));
        }

        @Override
        public List<String> addColumn(AddColumn op) {
            String add = alterTable(op.table()) + " ADD COLUMN " + definitions.column(op.column());
            if (op.column().comment() == null) {
                return List.of(add);
            }
            return List.of(add, definitions.columnComment(op.table(), op.column().name(), op.column().comment()));
        }

        @Override
        public List<String> dropColumn(DropColumn op) {
            return List.of(alterTable(op.table()) + " DROP COLUMN " + identifier(op.column().name()));
        }

        @Override
        public List<String> alterColumnType(AlterColumnType op) {
            String sql = alterColumn(op.table(), op.column()) + " TYPE " + op.toType();
            if (!op.conversion().isAutomatic()) {
                sql += " USING " + identifier(op.column()) + op.conversion().usingCast();
            }
            return List.of(sql);
        }

        @Override
        public List<String> alterColumnNullable(AlterColumnNullable op) {
            return List.of(alterColumn(op.table(), op.column()) + (op.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }

        @Override
        public List<String> alterColumnDefault(AlterColumnDefault op) {
            return List.of(alterColumn(op.table(), op.column())
                    + (op.to() == null ? " DROP DEFAULT" : " SET DEFAULT " + op.to()));
        }

        @Override
        public List<String> alterColumnIdentity(AlterColumnIdentity op) {
            String alter = alterColumn(op.table(), op.column());
            if (op.to() == Identity.NONE) {
                return List.of(alter + " DROP IDENTITY");
            }
            if (op.from() != Identity.NONE) {
                return List.of(alter + " SET " + Definitions.generated(op.to()));
            }
            // The new identity sequence starts at 1: restart it past the keys the column already holds.
            // RESTART needs a constant, hence the DO block; pg_get_serial_sequence could instead pick a former
            // serial's sequence, which stays owned by the column.
            String restart = alter + " RESTART WITH %s";
            return List.of(alter + " ADD " + Definitions.generated(op.to()) + " AS IDENTITY",
                    "DO $$BEGIN EXECUTE format(" + Quoting.literal(restart) + ", (SELECT coalesce(max("
                            + identifier(op.column()) + "), 0) + 1 FROM " + names.of(op.table()) + ")); END$$");
        }

        @Override
        public List<String> alterColumnComment(AlterColumnComment op) {
            return List.of(definitions.columnComment(op.table(), op.column(), op.to()));
        }

        @Override
        public List<String> addPrimaryKey(AddPrimaryKey op) {
            return List.of(alterTable(op.table()) + " ADD " + Definitions.primaryKey(op.primaryKey()));
        }

        @Override
        public List<String> dropPrimaryKey(DropPrimaryKey op) {
            return dropConstraint(op.table(), op.primaryKey().name());
        }

        @Override
        public List<String> addUniqueConstraint(AddUniqueConstraint op) {
            return List.of(alterTable(op.table()) + " ADD " + Definitions.unique(op.constraint()));
        }

        @Override
        public List<String> dropUniqueConstraint(DropUniqueConstraint op) {
            return dropConstraint(op.table(), op.constraint().name());
        }

        @Override
        public List<String> addCheckConstraint(AddCheckConstraint op) {
            return List.of(alterTable(op.table()) + " ADD " + Definitions.check(op.constraint()));
        }

        @Override
        public List<String> dropCheckConstraint(DropCheckConstraint op) {
            return dropConstraint(op.table(), op.constraint().name());
        }

        @Override
        public List<String> addForeignKey(AddForeignKey op) {
            return List.of(alterTable(op.table()) + " ADD " + definitions.foreignKey(op.foreignKey()));
        }

        @Override
        public List<String> dropForeignKey(DropForeignKey op) {
            return dropConstraint(op.table(), op.foreignKey().name());
        }

        @Override
        public List<String> createIndex(CreateIndex op) {
            return List.of(definitions.createIndex(op.table(), op.index()));
        }

        @Override
        public List<String> dropIndex(DropIndex op) {
            return List.of("DROP INDEX " + names.inSchemaOf(op.table(), op.index().name()));
        }

        @Override
        public List<String> createSequence(CreateSequence op) {
            return List.of("CREATE SEQUENCE " + names.of(op.sequence().name()) + " "
                    + Definitions.sequenceOptions(op.sequence()));
        }

        @Override
        public List<String> dropSequence(DropSequence op) {
            return List.of("DROP SEQUENCE " + names.of(op.sequence().name()));
        }

        @Override
        public List<String> alterSequence(AlterSequence op) {
            return List.of("ALTER SEQUENCE " + names.of(op.to().name()) + " "
                    + Definitions.changedSequenceOptions(op.from(), op.to()));
        }

        @Override
        public List<String> createEnum(CreateEnum op) {
            return List.of(createType(op.enumType().name(), op.enumType().values()));
        }

        @Override
        public List<String> dropEnum(DropEnum op) {
            return List.of("DROP TYPE " + names.of(op.enumType().name()));
        }

        @Override
        public List<String> addEnumValue(AddEnumValue op) {
            String place = op.previousValue().map(previous -> " AFTER " + Quoting.literal(previous))
                    .or(() -> op.nextValue().map(next -> " BEFORE " + Quoting.literal(next)))
                    .orElse("");
            return List.of("ALTER TYPE " + names.of(op.type()) + " ADD VALUE " + Quoting.literal(op.value()) + place);
        }

        @Override
        public List<String> replaceEnum(ReplaceEnum op) {
            return new EnumReplacement(names, this::createType).statements(op);
        }

        private String createType(QualifiedName type, List<String> values) {
            return "CREATE TYPE " + names.of(type) + " AS ENUM "
                    + values.stream().map(Quoting::literal).collect(Collectors.joining(", ", "(", ")"));
        }

        private String alterTable(QualifiedName table) {
            return "ALTER TABLE " + names.of(table);
        }

        private String alterColumn(QualifiedName table, String column) {
            return alterTable(table) + " ALTER COLUMN " + identifier(column);
        }

        private List<String> dropConstraint(QualifiedName table, String name) {
            return List.of(alterTable(table) + " DROP CONSTRAINT " + identifier(name));
        }
    }
}
