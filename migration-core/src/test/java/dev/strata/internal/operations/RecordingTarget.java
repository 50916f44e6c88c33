package dev.strata.internal.operations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@link StatementTarget} that remembers what it was given, for asserting rendered SQL. */
final class RecordingTarget implements StatementTarget {

    /** One {@link #update} or {@link #query} call. */
    record Call(String sql, List<?> parameters) {
    }

    final List<String> executed = new ArrayList<>();
    final List<Call> updates = new ArrayList<>();
    final List<Call> queries = new ArrayList<>();
    List<Map<String, Object>> queryResult = List.of();
    Connection connection;

    @Override
    public void execute(String sql) {
        executed.add(sql);
    }

    @Override
    public long update(String sql, List<?> parameters) {
        updates.add(new Call(sql, new ArrayList<>(parameters)));
        return 1;
    }

    @Override
    public List<Map<String, Object>> query(String sql, List<?> parameters) {
        queries.add(new Call(sql, new ArrayList<>(parameters)));
        return queryResult;
    }

    @Override
    public Connection connection() {
        return connection;
    }
}
