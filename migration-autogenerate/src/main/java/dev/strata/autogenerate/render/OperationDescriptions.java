package dev.strata.autogenerate.render;

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
import dev.strata.autogenerate.operations.ReplaceEnum;
import dev.strata.autogenerate.operations.SchemaOperation;
import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.List;
import java.util.Locale;

/**
 * One line per operation for {@code strata check}, in the spirit of Alembic's diff tuples: a kind
 * ({@code add_column}, {@code modify_type}, ...) and what it applies to, names unquoted and fully qualified,
 * for example {@code add_column public.client.email} or
 * {@code modify_type public.client.name: character varying(100) -> character varying(255)}.
 */
public final class OperationDescriptions {

    private static final Describer DESCRIBER = new Describer();

    private OperationDescriptions() {
    }

    /**
     * Describes one operation.
     *
     * @param operation the operation
     * @return one line, without a line break
     */
    public static String describe(SchemaOperation operation) {
        return operation.accept(DESCRIBER);
    }

    private static final class Describer implements OperationVisitor<String> {

        @Override
        public String createSchema(CreateSchema op) {
            return "add_schema " + op.name();
        }

        @Override
        public String dropSchema(DropSchema op) {
            return "remove_schema " + op.name();
        }

        @Override
        public String createTable(CreateTable op) {
            return "add_table " + op.table().name();
        }

        @Override
        public String dropTable(DropTable op) {
            return "remove_table " + op.table().name();
        }

        @Override
        public String alterTableComment(AlterTableComment op) {
            return "modify_table_comment " + op.table() + ": " + text(op.from()) + " -> " + text(op.to());
        }

        @Override
        public String addColumn(AddColumn op) {
            return "add_column " + column(op.table(), op.column().name()) + " " + op.column().type()
                    + (op.column().nullable() ? "" : " NOT NULL");
        }

        @Override
        public String dropColumn(DropColumn op) {
            return "remove_column " + column(op.table(), op.column().name());
        }

        @Override
        public String alterColumnType(AlterColumnType op) {
            return "modify_type " + column(op.table(), op.column()) + ": " + op.fromType() + " -> " + op.toType();
        }

        @Override
        public String alterColumnNullable(AlterColumnNullable op) {
            return "modify_nullable " + column(op.table(), op.column()) + ": "
                    + (op.nullable() ? "NOT NULL -> NULL" : "NULL -> NOT NULL");
        }

        @Override
        public String alterColumnDefault(AlterColumnDefault op) {
            return "modify_default " + column(op.table(), op.column()) + ": " + orNone(op.from()) + " -> "
                    + orNone(op.to());
        }

        @Override
        public String alterColumnIdentity(AlterColumnIdentity op) {
            return "modify_identity " + column(op.table(), op.column()) + ": " + identity(op.from()) + " -> "
                    + identity(op.to());
        }

        @Override
        public String alterColumnComment(AlterColumnComment op) {
            return "modify_comment " + column(op.table(), op.column()) + ": " + text(op.from()) + " -> "
                    + text(op.to());
        }

        @Override
        public String addPrimaryKey(AddPrimaryKey op) {
            return "add_pk " + constraint(op.table(), op.primaryKey().name()) + " " + list(op.primaryKey().columns());
        }

        @Override
        public String dropPrimaryKey(DropPrimaryKey op) {
            return "remove_pk " + constraint(op.table(), op.primaryKey().name()) + " "
                    + list(op.primaryKey().columns());
        }

        @Override
        public String addUniqueConstraint(AddUniqueConstraint op) {
            return "add_unique " + constraint(op.table(), op.constraint().name()) + " "
                    + list(op.constraint().columns());
        }

        @Override
        public String dropUniqueConstraint(DropUniqueConstraint op) {
            return "remove_unique " + constraint(op.table(), op.constraint().name()) + " "
                    + list(op.constraint().columns());
        }

        @Override
        public String addCheckConstraint(AddCheckConstraint op) {
            return "add_check " + constraint(op.table(), op.constraint().name()) + " " + op.constraint().definition();
        }

        @Override
        public String dropCheckConstraint(DropCheckConstraint op) {
            return "remove_check " + constraint(op.table(), op.constraint().name()) + " "
                    + op.constraint().definition();
        }

        @Override
        public String addForeignKey(AddForeignKey op) {
            return "add_fk " + foreignKey(op.table(), op.foreignKey());
        }

        @Override
        public String dropForeignKey(DropForeignKey op) {
            return "remove_fk " + foreignKey(op.table(), op.foreignKey());
        }

        @Override
        public String createIndex(CreateIndex op) {
            return "add_index " + constraint(op.table(), op.index().name()) + " " + index(op.index().columns(),
                    op.index().unique());
        }

        @Override
        public String dropIndex(DropIndex op) {
            return "remove_index " + constraint(op.table(), op.index().name()) + " " + index(op.index().columns(),
                    op.index().unique());
        }

        @Override
        public String createSequence(CreateSequence op) {
            return "add_sequence " + op.sequence().name();
        }

        @Override
        public String dropSequence(DropSequence op) {
            return "remove_sequence " + op.sequence().name();
        }

        @Override
        public String alterSequence(AlterSequence op) {
            return "modify_sequence " + op.to().name() + ": "
                    + Definitions.changedSequenceOptions(op.from(), op.to());
        }

        @Override
        public String createEnum(CreateEnum op) {
            return "add_enum " + op.enumType().name() + " " + list(op.enumType().values());
        }

        @Override
        public String dropEnum(DropEnum op) {
            return "remove_enum " + op.enumType().name() + " " + list(op.enumType().values());
        }

        @Override
        public String addEnumValue(AddEnumValue op) {
            return "add_enum_value " + op.type() + " " + op.value();
        }

        @Override
        public String replaceEnum(ReplaceEnum op) {
            return "replace_enum " + op.type() + ": " + list(op.fromValues()) + " -> " + list(op.toValues());
        }

        private static String column(QualifiedName table, String column) {
            return table + "." + column;
        }

        private static String constraint(QualifiedName table, String name) {
            return table + "." + name;
        }

        private static String foreignKey(QualifiedName table, ForeignKey key) {
            return constraint(table, key.name()) + " " + list(key.columns()) + " -> " + key.referencedTable() + " "
                    + list(key.referencedColumns());
        }

        private static String index(List<String> columns, boolean unique) {
            return (unique ? "unique " : "") + list(columns);
        }

        private static String list(List<String> items) {
            return "(" + String.join(", ", items) + ")";
        }

        private static String orNone(String expression) {
            return expression == null ? "none" : expression;
        }

        /** Comments may hold line breaks; the description is one line. */
        private static String text(String comment) {
            return comment == null ? "none" : "'" + comment.replace("\n", "\\n") + "'";
        }

        private static String identity(Identity identity) {
            return identity.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
