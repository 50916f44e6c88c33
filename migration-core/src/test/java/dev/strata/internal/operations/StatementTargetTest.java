package dev.strata.internal.operations;

import static dev.strata.internal.operations.Failures.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.driver.DatabaseSession;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementTargetTest {

    private static final String OFFLINE = " cannot run in offline (--sql) mode: there is no database connection."
            + " Guard data migrations with op.isOffline() or run them online.";

    @Test
    void aSessionTargetHandsEveryCallToTheSession() {
        FakeSession session = new FakeSession(Optional.of(connection()));
        StatementTarget target = StatementTarget.of(session);

        target.execute("DROP TABLE t");
        long count = target.update("DELETE FROM t WHERE id = ?", List.of(1));
        List<Map<String, Object>> rows = target.query("SELECT 1 AS one", List.of());

        assertThat(session.calls).containsExactly("execute DROP TABLE t", "update DELETE FROM t WHERE id = ? [1]",
                "query SELECT 1 AS one []");
        assertThat(count).isEqualTo(5);
        assertThat(rows).containsExactly(Map.of("one", 1));
        assertThat(target.connection()).isSameAs(session.jdbcConnection().orElseThrow());
    }

    @Test
    void aSessionWithoutJdbcHasNoConnection() {
        StatementTarget target = StatementTarget.of(new FakeSession(Optional.empty()));

        assertError(target::connection, "Operations.connection() is not available: this engine runs over R2DBC,"
                + " which has no JDBC connection. Use op.execute(sql, parameters...) for statements,"
                + " op.query(sql, parameters...) for rows and op.bulkInsert(table, rows) for data instead");
    }

    @Test
    void anOfflineTargetPrintsStatementsAndRefusesDataAccess() {
        List<String> script = new ArrayList<>();
        StatementTarget target = StatementTarget.offline(script::add);

        target.execute("CREATE TABLE t (id int)");

        assertThat(script).containsExactly("CREATE TABLE t (id int)");
        assertThat(target.offline()).isTrue();
        assertThat(new SqlOperations(target).isOffline()).isTrue();
        assertError(() -> target.update("DELETE FROM t", List.of()), "execute(sql, parameters)" + OFFLINE);
        assertError(() -> target.query("SELECT 1", List.of()), "query" + OFFLINE);
        assertError(target::connection, "connection" + OFFLINE);
    }

    @Test
    void factoriesNeedTheirArgument() {
        assertThatThrownBy(() -> StatementTarget.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("session");
        assertThatThrownBy(() -> StatementTarget.offline(null))
                .isInstanceOf(NullPointerException.class).hasMessage("sink");
        assertThatThrownBy(() -> new SqlOperations(null))
                .isInstanceOf(NullPointerException.class).hasMessage("target");
    }

    private static Connection connection() {
        return (Connection) Proxy.newProxyInstance(StatementTargetTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> null);
    }

    /** Records the calls a target makes; only the methods a target may use are implemented. */
    private static final class FakeSession implements DatabaseSession {

        final List<String> calls = new ArrayList<>();
        private final Optional<Connection> connection;

        FakeSession(Optional<Connection> connection) {
            this.connection = connection;
        }

        @Override
        public void execute(String sql) {
            calls.add("execute " + sql);
        }

        @Override
        public long update(String sql, List<?> parameters) {
            calls.add("update " + sql + " " + parameters);
            return 5;
        }

        @Override
        public List<Map<String, Object>> query(String sql, List<?> parameters) {
            calls.add("query " + sql + " " + parameters);
            return List.of(Map.of("one", 1));
        }

        @Override
        public Optional<Connection> jdbcConnection() {
            return connection;
        }

        @Override
        public void begin() {
            throw new UnsupportedOperationException("a target does not manage transactions");
        }

        @Override
        public void commit() {
            throw new UnsupportedOperationException("a target does not manage transactions");
        }

        @Override
        public void rollback() {
            throw new UnsupportedOperationException("a target does not manage transactions");
        }

        @Override
        public boolean inTransaction() {
            throw new UnsupportedOperationException("a target does not manage transactions");
        }

        @Override
        public int serverVersionNum() {
            throw new UnsupportedOperationException("not needed by a target");
        }

        @Override
        public String currentUser() {
            throw new UnsupportedOperationException("not needed by a target");
        }

        @Override
        public void close() {
            throw new UnsupportedOperationException("a target does not own its session");
        }
    }
}
