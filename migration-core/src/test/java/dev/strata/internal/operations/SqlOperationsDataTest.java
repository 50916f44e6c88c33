package dev.strata.internal.operations;

import static dev.strata.internal.operations.Failures.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.Operations.Index;
import dev.strata.internal.operations.RecordingTarget.Call;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plain SQL, queries, bulk inserts and the connection: what reaches the target, and when it must not. */
class SqlOperationsDataTest {

    private final RecordingTarget target = new RecordingTarget();
    private final SqlOperations op = new SqlOperations(target);

    @Test
    void executeWithoutParametersIsAStatement() {
        op.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto");

        assertThat(target.executed).containsExactly("CREATE EXTENSION IF NOT EXISTS pgcrypto");
        assertThat(target.updates).isEmpty();
    }

    @Test
    void executeWithParametersIsAnUpdateAndKeepsNulls() {
        long count = op.execute("UPDATE clients SET note = ? WHERE id = ?", null, 7);

        assertThat(count).isEqualTo(1);
        assertThat(target.updates).containsExactly(
                new Call("UPDATE clients SET note = ? WHERE id = ?", Arrays.asList(null, 7)));
    }

    @Test
    void queryReturnsTheTargetsRows() {
        target.queryResult = List.of(Map.of("n", 3L));

        assertThat(op.query("SELECT count(*) AS n FROM clients WHERE status = ?", "new"))
                .containsExactly(Map.of("n", 3L));
        assertThat(target.queries).containsExactly(
                new Call("SELECT count(*) AS n FROM clients WHERE status = ?", List.of("new")));
    }

    @Test
    void blankSqlIsAnError() {
        assertError(() -> op.execute(" "), "execute needs an SQL statement");
        assertError(() -> op.execute(null, 1), "execute needs an SQL statement");
        assertError(() -> op.query(""), "query needs an SQL statement");
    }

    @Test
    void bulkInsertRunsOneParameterisedInsertPerRowInTheFirstRowsColumnOrder() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 1);
        first.put("user", "ada");
        first.put("Note", null);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("Note", "x");
        second.put("user", "bob");
        second.put("id", 2);

        op.bulkInsert("app.clients", List.of(first, second));

        String insert = "INSERT INTO app.clients (id, \"user\", \"Note\") VALUES (?, ?, ?)";
        assertThat(target.updates).containsExactly(
                new Call(insert, Arrays.asList(1, "ada", null)),
                new Call(insert, List.of(2, "bob", "x")));
        assertThat(target.executed).isEmpty();
    }

    @Test
    void bulkInsertOfNoRowsDoesNothing() {
        op.bulkInsert("clients", List.of());

        assertThat(target.updates).isEmpty();
    }

    @Test
    void bulkInsertNeedsTheSameColumnsInEveryRow() {
        List<Map<String, Object>> rows = List.of(Map.of("id", 1), Map.of("id", 2), Map.of("id", 3, "name", "c"));

        assertError(() -> op.bulkInsert("clients", rows),
                "bulkInsert into clients: row 2 has columns " + rows.get(2).keySet() + " but row 0 has [id];"
                        + " every row needs the same columns");
        assertThat(target.updates).isEmpty();
    }

    @Test
    void bulkInsertChecksItsArguments() {
        assertError(() -> op.bulkInsert(null, List.of(Map.of("id", 1))), "bulkInsert needs a table name");
        assertError(() -> op.bulkInsert("clients", List.of(Map.of("id", 1), Map.of())),
                "bulkInsert into clients: row 1 has no columns");
        List<Map<String, Object>> withNull = new ArrayList<>();
        withNull.add(null);
        assertError(() -> op.bulkInsert("clients", withNull), "bulkInsert into clients: row 0 has no columns");
        Map<String, Object> blankColumn = new LinkedHashMap<>();
        blankColumn.put(" ", 1);
        assertError(() -> op.bulkInsert("clients", List.of(blankColumn)),
                "bulkInsert got an empty column name (table clients)");
    }

    @Test
    void connectionIsTheTargets() {
        target.connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> null);

        assertThat(op.connection()).isSameAs(target.connection);
    }

    @Test
    void offlineEveryDdlHelperPrintsAndDataAccessFails() {
        List<String> script = new ArrayList<>();
        SqlOperations offline = new SqlOperations(StatementTarget.offline(script::add));

        offline.createIndex(Index.on("clients", "email").concurrently());
        offline.execute("ANALYZE clients");

        assertThat(script).containsExactly("CREATE INDEX CONCURRENTLY ix_clients_email ON clients (email)",
                "ANALYZE clients");
        assertError(() -> offline.bulkInsert("clients", List.of(Map.of("id", 1))),
                "bulkInsert cannot run in offline (--sql) mode: there is no database connection."
                        + " Guard data migrations with op.isOffline() or run them online.");
        assertError(() -> offline.execute("DELETE FROM clients WHERE id = ?", 1),
                "execute(sql, parameters) cannot run in offline (--sql) mode: there is no database connection."
                        + " Guard data migrations with op.isOffline() or run them online.");
        assertError(() -> offline.query("SELECT 1"),
                "query cannot run in offline (--sql) mode: there is no database connection."
                        + " Guard data migrations with op.isOffline() or run them online.");
        assertError(offline::connection,
                "connection cannot run in offline (--sql) mode: there is no database connection."
                        + " Guard data migrations with op.isOffline() or run them online.");
        assertThat(script).hasSize(2);
    }
}
