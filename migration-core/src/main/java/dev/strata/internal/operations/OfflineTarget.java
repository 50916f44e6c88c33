package dev.strata.internal.operations;

import dev.strata.StrataException;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The offline ({@code --sql}) {@link StatementTarget}: statements go to a script, data access fails. */
final class OfflineTarget implements StatementTarget {

    private final Consumer<String> sink;

    OfflineTarget(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void execute(String sql) {
        sink.accept(sql);
    }

    @Override
    public long update(String sql, List<?> parameters) {
        throw refusal("execute(sql, parameters)");
    }

    @Override
    public List<Map<String, Object>> query(String sql, List<?> parameters) {
        throw refusal("query");
    }

    @Override
    public Connection connection() {
        throw refusal("connection");
    }

    /**
     * Why {@code method} of {@link dev.strata.Operations} cannot run offline. Named after what the revision
     * called, not after this interface, because that is the line the user has to guard.
     */
    @Override
    public boolean offline() {
        return true;
    }

    static StrataException refusal(String method) {
        return new StrataException(method + " cannot run in offline (--sql) mode: there is no database"
                + " connection. Guard data migrations with op.isOffline() or run them online.");
    }
}
