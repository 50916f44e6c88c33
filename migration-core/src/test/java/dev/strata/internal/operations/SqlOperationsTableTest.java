package dev.strata.internal.operations;

import static dev.strata.internal.operations.Failures.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.Operations.Column;
import dev.strata.Operations.ColumnChange;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables and columns: the SQL each operation hands to its target. */
class SqlOperationsTableTest {

    private final RecordingTarget target = new RecordingTarget();
    private final SqlOperations op = new SqlOperations(target);

    @Test
    void createTableRendersOneColumnPerLine() {
        op.createTable("clients", List.of(
                Column.of("id", "bigint").primaryKey(),
                Column.of("email", "varchar(255)").notNull().unique(),
                Column.of("status", "text").notNull().defaultValue("'new'"),
                Column.of("parent_id", "bigint").references("clients(id)"),
                Column.of("note", "text")));

        assertThat(target.executed).containsExactly("""
                CREATE TABLE clients (
                    id bigint PRIMARY KEY,
                    email varchar(255) NOT NULL UNIQUE,
                    status text NOT NULL DEFAULT 'new',
                    parent_id bigint REFERENCES clients(id),
                    note text
                )""");
    }

    @Test
    void createTableWithEveryColumnAttributeKeepsTheirOrder() {
        op.createTable("t", List.of(
                Column.of("id", "int").defaultValue("1").primaryKey().unique().references("u(id)")));

        assertThat(target.executed)
                .containsExactly("CREATE TABLE t (\n    id int DEFAULT 1 PRIMARY KEY UNIQUE REFERENCES u(id)\n)");
    }

    @Test
    void createTableWithSeveralKeyColumnsRendersATableLevelPrimaryKey() {
        op.createTable("order_lines", List.of(
                Column.of("order_id", "bigint").primaryKey(),
                Column.of("line", "int").primaryKey(),
                Column.of("sku", "text").notNull()),
                "CHECK (line > 0)", "UNIQUE (order_id, sku)");

        assertThat(target.executed).containsExactly("""
                CREATE TABLE order_lines (
                    order_id bigint NOT NULL,
                    line int NOT NULL,
                    sku text NOT NULL,
                    PRIMARY KEY (order_id, line),
                    CHECK (line > 0),
                    UNIQUE (order_id, sku)
                )""");
    }

    @Test
    void createTableQuotesNamesButNotTypesOrDefaults() {
        op.createTable("Audit.user", List.of(
                Column.of("Id", "uuid").primaryKey().defaultValue("gen_random_uuid()"),
                Column.of("order", "\"MyType\"")));

        assertThat(target.executed).containsExactly("""
                CREATE TABLE "Audit"."user" (
                    "Id" uuid DEFAULT gen_random_uuid() PRIMARY KEY,
                    "order" "MyType"
                )""");
    }

    @Test
    void createTableCommentsColumnsAfterTheTable() {
        op.createTable("audit.events", List.of(
                Column.of("id", "bigint").primaryKey(),
                Column.of("Kind", "text").comment("what happened, e.g. 'login'")));

        assertThat(target.executed).containsExactly(
                "CREATE TABLE audit.events (\n    id bigint PRIMARY KEY,\n    \"Kind\" text\n)",
                "COMMENT ON COLUMN audit.events.\"Kind\" IS 'what happened, e.g. ''login'''");
    }

    @Test
    void createTableChecksItsArguments() {
        assertError(() -> op.createTable(" ", List.of(Column.of("id", "int"))), "createTable needs a table name");
        assertError(() -> op.createTable("clients", List.of()),
                "createTable needs at least one column (table clients)");
        assertError(() -> op.createTable("clients", null), "createTable needs at least one column (table clients)");
        assertError(() -> op.createTable("clients", Arrays.asList(Column.of("id", "int"), null)),
                "createTable got a null column (table clients, column 1)");
        assertError(() -> op.createTable("clients", List.of(Column.of(null, "int"))),
                "createTable needs a column name (table clients, column 0)");
        assertError(() -> op.createTable("clients", List.of(Column.of("id", ""))),
                "createTable needs a type for column id (table clients, column 0)");
        assertError(() -> op.createTable("clients", List.of(Column.of("id", "int").defaultValue(" "))),
                "createTable got a blank default for column id (table clients, column 0)");
        assertError(() -> op.createTable("clients", List.of(Column.of("id", "int").references(""))),
                "createTable got a blank references for column id (table clients, column 0)");
        assertError(() -> op.createTable("clients", List.of(Column.of("id", "int")), "UNIQUE (id)", ""),
                "createTable got an empty table constraint (table clients, constraint 1)");
        assertThat(target.executed).isEmpty();
    }

    @Test
    void dropTable() {
        op.dropTable("audit.Events");

        assertThat(target.executed).containsExactly("DROP TABLE audit.\"Events\"");
        assertError(() -> op.dropTable(null), "dropTable needs a table name");
    }

    @Test
    void addColumnRendersTheSameDefinitionAsCreateTable() {
        op.addColumn("clients", Column.of("group", "text").notNull().defaultValue("'none'").comment("tenant"));
        op.addColumn("clients", Column.of("id", "bigint").primaryKey());

        assertThat(target.executed).containsExactly(
                "ALTER TABLE clients ADD COLUMN \"group\" text NOT NULL DEFAULT 'none'",
                "COMMENT ON COLUMN clients.\"group\" IS 'tenant'",
                "ALTER TABLE clients ADD COLUMN id bigint PRIMARY KEY");
    }

    @Test
    void addColumnChecksItsArguments() {
        assertError(() -> op.addColumn(null, Column.of("a", "int")), "addColumn needs a table name");
        assertError(() -> op.addColumn("clients", null), "addColumn needs a column (table clients)");
        assertError(() -> op.addColumn("clients", Column.of("a", null)),
                "addColumn needs a type for column a (table clients, column 0)");
    }

    @Test
    void dropColumn() {
        op.dropColumn("clients", "Email");

        assertThat(target.executed).containsExactly("ALTER TABLE clients DROP COLUMN \"Email\"");
        assertError(() -> op.dropColumn("clients", ""), "dropColumn needs a column name (table clients)");
    }

    @Test
    void alterColumnRendersEachChange() {
        op.alterColumn("clients", "status", ColumnChange.create().type("varchar(20)"));
        op.alterColumn("clients", "status", ColumnChange.create().type("integer").using("status::integer"));
        op.alterColumn("clients", "status", ColumnChange.create().nullable(false));
        op.alterColumn("clients", "status", ColumnChange.create().nullable(true));
        op.alterColumn("clients", "status", ColumnChange.create().defaultValue("'new'"));
        op.alterColumn("clients", "status", ColumnChange.create().dropDefault());
        op.alterColumn("clients", "status", ColumnChange.create().comment("lifecycle"));
        op.alterColumn("clients", "status", ColumnChange.create().comment(""));
        op.alterColumn("clients", "status", ColumnChange.create().type("text").dropDefault());
        op.alterColumn("clients", "status", ColumnChange.create().defaultValue("'x'").nullable(true));

        assertThat(target.executed).containsExactly(
                "ALTER TABLE clients ALTER COLUMN status TYPE varchar(20)",
                "ALTER TABLE clients ALTER COLUMN status TYPE integer USING status::integer",
                "ALTER TABLE clients ALTER COLUMN status SET NOT NULL",
                "ALTER TABLE clients ALTER COLUMN status DROP NOT NULL",
                "ALTER TABLE clients ALTER COLUMN status SET DEFAULT 'new'",
                "ALTER TABLE clients ALTER COLUMN status DROP DEFAULT",
                "COMMENT ON COLUMN clients.status IS 'lifecycle'",
                "COMMENT ON COLUMN clients.status IS ''",
                "ALTER TABLE clients ALTER COLUMN status TYPE text, ALTER COLUMN status DROP DEFAULT",
                "ALTER TABLE clients ALTER COLUMN status DROP NOT NULL, ALTER COLUMN status SET DEFAULT 'x'");
    }

    @Test
    void alterColumnCombinesChangesInOneStatementAndCommentsSeparately() {
        // With a new type and a new default the old default is dropped first: PostgreSQL would cast it.
        op.alterColumn("Sales.order", "Total", ColumnChange.create().type("numeric(12,2)").using("\"Total\"::numeric")
                .nullable(false).defaultValue("0").comment("in EUR"));

        assertThat(target.executed).containsExactly(
                "ALTER TABLE \"Sales\".\"order\" ALTER COLUMN \"Total\" DROP DEFAULT,"
                        + " ALTER COLUMN \"Total\" TYPE numeric(12,2) USING \"Total\"::numeric,"
                        + " ALTER COLUMN \"Total\" SET NOT NULL, ALTER COLUMN \"Total\" SET DEFAULT 0",
                "COMMENT ON COLUMN \"Sales\".\"order\".\"Total\" IS 'in EUR'");
    }

    @Test
    void alterColumnChecksItsArguments() {
        assertError(() -> op.alterColumn("clients", "email", ColumnChange.create()),
                "alterColumn changes nothing (column email of table clients): set a type, nullable, defaultValue,"
                        + " dropDefault or comment on the ColumnChange");
        assertError(() -> op.alterColumn("clients", "email", null),
                "alterColumn needs a ColumnChange (column email of table clients)");
        assertError(() -> op.alterColumn("clients", "email", ColumnChange.create().using("lower(email)")),
                "alterColumn got using without a type (column email of table clients);"
                        + " USING only converts values for a type change");
        assertError(() -> op.alterColumn("clients", "email", new ColumnChange(null, null, null, "1", true, null)),
                "alterColumn got both a default and dropDefault (column email of table clients)");
        assertError(() -> op.alterColumn("clients", "email", ColumnChange.create().type(" ")),
                "alterColumn got a blank type (column email of table clients)");
        assertError(() -> op.alterColumn("clients", null, ColumnChange.create().type("text")),
                "alterColumn needs a column name (table clients)");
        assertError(() -> op.alterColumn(null, "email", ColumnChange.create().type("text")),
                "alterColumn needs a table name");
        assertThat(target.executed).isEmpty();
    }

    @Test
    void renameTableKeepsTheSchema() {
        op.renameTable("audit.events", "Events");

        assertThat(target.executed).containsExactly("ALTER TABLE audit.events RENAME TO \"Events\"");
        assertError(() -> op.renameTable("audit.events", "archive.events"),
                "renameTable got a schema-qualified new name archive.events (table audit.events); RENAME TO keeps"
                        + " the schema, move the table with op.execute(\"ALTER TABLE ... SET SCHEMA ...\")");
        assertError(() -> op.renameTable("audit.events", null), "renameTable needs a new name (table audit.events)");
    }

    @Test
    void renameColumn() {
        op.renameColumn("clients", "mail", "user");

        assertThat(target.executed).containsExactly("ALTER TABLE clients RENAME COLUMN mail TO \"user\"");
        assertError(() -> op.renameColumn("clients", "mail", " "),
                "renameColumn needs a new name (column mail of table clients)");
    }
}
