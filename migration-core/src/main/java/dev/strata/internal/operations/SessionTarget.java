package dev.strata.internal.operations;

import dev.strata.StrataException;
import dev.strata.driver.DatabaseSession;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/** The live {@link StatementTarget}: every statement runs on one {@link DatabaseSession}. */
final class SessionTarget implements StatementTarget {

    private final DatabaseSession session;

    SessionTarget(DatabaseSession session) {
        this.session = session;
    }

    @Override
    public void execute(String sql) {
        session.execute(sql);
    }

    @Override
    public long update(String sql, List<?> parameters) {
        return session.update(sql, parameters);
    }

    @Override
    public List<Map<String, Object>> query(String sql, List<?> parameters) {
        return session.query(sql, parameters);
    }

    @Override
    public Connection connection() {
        return session.jdbcConnection().orElseThrow(() -> new StrataException(
                "Operations.connection() is not available: this engine runs over R2DBC, which has no JDBC"
                        + " connection. Use op.execute(sql, parameters...) for statements, op.query(sql, parameters...)"
                        + " for rows and op.bulkInsert(table, rows) for data instead"));
    }
}
