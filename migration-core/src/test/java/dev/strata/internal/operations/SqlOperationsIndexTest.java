package dev.strata.internal.operations;

import static dev.strata.internal.operations.Failures.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.Operations.ForeignKey;
import dev.strata.Operations.Index;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indexes, foreign keys and constraints: the SQL each operation hands to its target. */
class SqlOperationsIndexTest {

    private final RecordingTarget target = new RecordingTarget();
    private final SqlOperations op = new SqlOperations(target);

    @Test
    void createIndexByName() {
        op.createIndex("ix_clients_email", "clients", "email", "Lower(name)");

        assertThat(target.executed).containsExactly("CREATE INDEX ix_clients_email ON clients (email, Lower(name))");
    }

    @Test
    void createIndexWithEveryOption() {
        op.createIndex(Index.on("audit.events", "kind", "created_at DESC").named("Recent")
                .unique().concurrently().ifNotExists().where("kind <> 'noise'"));

        assertThat(target.executed).containsExactly("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Recent\""
                + " ON audit.events (kind, created_at DESC) WHERE kind <> 'noise'");
    }

    @Test
    void createIndexNamesAnUnnamedIndexLikeSqlAlchemy() {
        op.createIndex(Index.on("clients", "email"));
        op.createIndex(Index.on("audit.events", "Kind", "created_at"));
        op.createIndex(Index.on("Orders", "\"Total\""));
        op.createIndex(Index.on("t", "\"order\"").unique());

        assertThat(target.executed).containsExactly(
                "CREATE INDEX ix_clients_email ON clients (email)",
                "CREATE INDEX ix_events_kind ON audit.events (Kind, created_at)",
                "CREATE INDEX \"ix_Orders_Total\" ON \"Orders\" (\"Total\")",
                "CREATE UNIQUE INDEX ix_t_order ON t (\"order\")");
    }

    @Test
    void createIndexCannotNameAnIndexOnAnExpression() {
        assertError(() -> op.createIndex(Index.on("clients", "lower(email)")),
                "createIndex cannot name the index on clients (lower(email)): its first column is an expression;"
                        + " give it a name with Index.named(...)");
        assertError(() -> op.createIndex(Index.on("clients", "email DESC")),
                "createIndex cannot name the index on clients (email DESC): its first column is an expression;"
                        + " give it a name with Index.named(...)");
    }

    @Test
    void createIndexRefusesAGeneratedNamePostgresWouldTruncate() {
        String table = "t".repeat(40);
        String column = "c".repeat(20);

        assertError(() -> op.createIndex(Index.on(table, column)),
                "createIndex would name the index on " + table + " ix_" + table + "_" + column + ", longer than"
                        + " PostgreSQL's 63 bytes; give it a name with Index.named(...)");
    }

    @Test
    void createIndexChecksItsArguments() {
        assertError(() -> op.createIndex(null), "createIndex needs an Index");
        assertError(() -> op.createIndex(Index.on(null, "a").named("ix")), "createIndex needs a table (index ix)");
        assertError(() -> op.createIndex(Index.on("clients")), "createIndex needs at least one column (table clients)");
        assertError(() -> op.createIndex(new Index("ix", "clients", Arrays.asList("a", null), false, false, null,
                false)), "createIndex got an empty column 1 (table clients)");
        assertError(() -> op.createIndex(Index.on("clients", "a").named(" ")),
                "createIndex got a blank index name (table clients)");
        assertError(() -> op.createIndex(Index.on("clients", "a").named("ix").where("")),
                "createIndex got a blank where (index ix)");
        assertError(() -> op.createIndex(Index.on("audit.events", "a").named("audit.ix_a")),
                "createIndex got a schema-qualified index name audit.ix_a (table audit.events); PostgreSQL creates"
                        + " an index in the schema of its table, so pass the bare name");
        assertThat(target.executed).isEmpty();
    }

    @Test
    void dropIndex() {
        op.dropIndex("ix_clients_email");
        op.dropIndex("audit.Recent", true);

        assertThat(target.executed).containsExactly(
                "DROP INDEX ix_clients_email",
                "DROP INDEX CONCURRENTLY audit.\"Recent\"");
        assertError(() -> op.dropIndex(""), "dropIndex needs an index name");
    }

    @Test
    void createForeignKey() {
        op.createForeignKey(
                ForeignKey.of("fk_orders_client", "orders", List.of("client_id"), "clients", List.of("id")));
        op.createForeignKey(ForeignKey.of("fk_lines_order", "sales.order_lines", List.of("order_id", "Line"),
                "sales.order", List.of("id", "line")).onDelete("CASCADE").onUpdate("SET NULL"));

        assertThat(target.executed).containsExactly(
                "ALTER TABLE orders ADD CONSTRAINT fk_orders_client FOREIGN KEY (client_id) REFERENCES clients (id)",
                "ALTER TABLE sales.order_lines ADD CONSTRAINT fk_lines_order FOREIGN KEY (order_id, \"Line\")"
                        + " REFERENCES sales.\"order\" (id, line) ON DELETE CASCADE ON UPDATE SET NULL");
    }

    @Test
    void createForeignKeyNeedsAsManyReferencedColumnsAsColumns() {
        assertError(() -> op.createForeignKey(
                        ForeignKey.of("fk", "lines", List.of("order_id", "line"), "orders", List.of("id"))),
                "createForeignKey has 2 columns but 1 referentColumns (foreign key fk on table lines);"
                        + " each column needs one it references");
    }

    @Test
    void createForeignKeyChecksItsArguments() {
        List<String> id = List.of("id");
        assertError(() -> op.createForeignKey(null), "createForeignKey needs a ForeignKey");
        assertError(() -> op.createForeignKey(ForeignKey.of(null, "orders", id, "clients", id)),
                "createForeignKey needs a name (table orders); dropConstraint needs it to undo the key");
        assertError(() -> op.createForeignKey(ForeignKey.of("fk", null, id, "clients", id)),
                "createForeignKey needs a table (foreign key fk)");
        assertError(() -> op.createForeignKey(ForeignKey.of("fk", "orders", id, "", id)),
                "createForeignKey needs a referent table (foreign key fk on table orders)");
        assertError(() -> op.createForeignKey(ForeignKey.of("fk", "orders", List.of(), "clients", id)),
                "createForeignKey needs at least one of columns (foreign key fk on table orders)");
        assertError(() -> op.createForeignKey(ForeignKey.of("fk", "orders", id, "clients", null)),
                "createForeignKey needs at least one of referentColumns (foreign key fk on table orders)");
        assertError(() -> op.createForeignKey(ForeignKey.of("fk", "orders", List.of(" "), "clients", id)),
                "createForeignKey got an empty name in columns (foreign key fk on table orders)");
        assertError(() -> op.createForeignKey(ForeignKey.of("fk", "orders", id, "clients", id).onDelete("")),
                "createForeignKey got a blank onDelete (foreign key fk on table orders)");
        assertThat(target.executed).isEmpty();
    }

    @Test
    void dropConstraint() {
        op.dropConstraint("Orders_check", "sales.order");

        assertThat(target.executed).containsExactly("ALTER TABLE sales.\"order\" DROP CONSTRAINT \"Orders_check\"");
        assertError(() -> op.dropConstraint(null, "orders"), "dropConstraint needs a constraint name (table orders)");
        assertError(() -> op.dropConstraint("fk", null), "dropConstraint needs a table name (constraint fk)");
    }
}
