package dev.strata.r2dbc;

import dev.strata.StrataException;
import dev.strata.driver.DatabaseSession;
import dev.strata.internal.sql.ParameterMarkers;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/**
 * A {@link DatabaseSession} on one R2DBC connection. It keeps the JDBC driver's contract: outside
 * {@link #begin()}/{@link #commit()} each statement commits on its own, {@code ?} marks parameters, rows hold
 * the Java types pgjdbc would return ({@link JdbcValues}), and errors carry the server's message and SQLSTATE
 * laid out as pgjdbc lays them out ({@link R2dbcErrors}).
 */
final class R2dbcSession implements DatabaseSession {

    private final Connection connection;
    /**
     * Whether {@link #begin()} opened a transaction that {@link #commit()} or {@link #rollback()} has not ended:
     * JDBC's {@code !getAutoCommit()}. The server's own transaction status would differ from JDBC where the engine
     * relies on it, for a block that a non-transactional revision opened with its own {@code BEGIN}.
     */
    private boolean inTransaction;
    private Integer serverVersion;
    private boolean closed;

    R2dbcSession(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void execute(String sql) {
        // No markers to translate: like JDBC's Statement, the text goes to the server exactly as written.
        call(() -> {
            Statement statement = connection.createStatement(sql);
            // r2dbc-postgresql reads every $1 outside quotes as a parameter of the statement and refuses to run it
            // unbound, though here it is the statement's own: a BEGIN ATOMIC body's, a PREPARE's. Declared as unused
            // text parameters, they reach the server as over JDBC, which parses them where they belong.
            for (int i = 0; i < ParameterMarkers.highestPositional(sql); i++) {
                statement.bindNull(i, String.class);
            }
            BlockingBridge.complete(Flux.from(statement.execute()).concatMap(Result::getRowsUpdated));
        });
    }

    @Override
    public long update(String sql, List<?> parameters) {
        return call(() -> {
            List<Long> counts = BlockingBridge.awaitAll(Flux.from(statement(sql, parameters).execute())
                    .concatMap(Result::getRowsUpdated));
            return counts.stream().mapToLong(Long::longValue).sum();
        });
    }

    @Override
    public List<Map<String, Object>> query(String sql, List<?> parameters) {
        return call(() -> BlockingBridge.awaitAll(Flux.from(statement(sql, parameters).execute())
                .concatMap(result -> result.map(R2dbcSession::row))));
    }

    @Override
    public void begin() {
        call(() -> BlockingBridge.complete(connection.beginTransaction()));
        inTransaction = true;
    }

    @Override
    public void commit() {
        // A failed commit (a deferred constraint, say) leaves the flag set, as JDBC leaves autocommit off: the
        // caller's rollback then ends the transaction.
        call(() -> BlockingBridge.complete(connection.commitTransaction()));
        inTransaction = false;
    }

    @Override
    public void rollback() {
        if (inTransaction) {
            call(() -> BlockingBridge.complete(connection.rollbackTransaction()));
            inTransaction = false;
        }
    }

    @Override
    public boolean inTransaction() {
        return inTransaction;
    }

    @Override
    public Optional<java.sql.Connection> jdbcConnection() {
        return Optional.empty();
    }

    @Override
    public int serverVersionNum() {
        if (serverVersion == null) {
            Object value = query("SELECT current_setting('server_version_num')::int AS v", List.of()).get(0).get("v");
            serverVersion = ((Number) value).intValue();
        }
        return serverVersion;
    }

    @Override
    public String currentUser() {
        return String.valueOf(query("SELECT current_user AS u", List.of()).get(0).get("u"));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rollback();
        } finally {
            call(() -> BlockingBridge.complete(connection.close()));
        }
    }

    private Statement statement(String sql, List<?> parameters) {
        Statement statement = connection.createStatement(ParameterMarkers.numbered(sql));
        for (int i = 0; i < parameters.size(); i++) {
            Object value = JdbcValues.parameter(parameters.get(i));
            if (value == null) {
                // Object: the server infers the type from the statement, as it does for JDBC's setObject(i, null).
                statement.bindNull(i, Object.class);
            } else {
                statement.bind(i, value);
            }
        }
        return statement;
    }

    private static Map<String, Object> row(Row row, RowMetadata metadata) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < metadata.getColumnMetadatas().size(); i++) {
            values.put(metadata.getColumnMetadata(i).getName(), JdbcValues.column(row.get(i)));
        }
        return values;
    }

    private static void call(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (StrataException e) {
            // Already in the engine's terms: a DatabaseException, or the refusal of a non-blocking thread.
            throw e;
        } catch (RuntimeException e) {
            throw R2dbcErrors.translate(e);
        }
    }
}
