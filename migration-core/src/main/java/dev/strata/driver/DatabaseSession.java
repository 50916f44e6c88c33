package dev.strata.driver;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One database session (one connection) that a migration run holds from lock to unlock, so session state
 * such as temporary tables, {@code pg_temp} functions and the advisory lock stays on it. Outside
 * {@link #begin()}/{@link #commit()} every statement commits on its own. Implementations throw
 * {@link DatabaseException} with the server's message.
 */
public interface DatabaseSession extends AutoCloseable {

    /** Runs one statement whose result, if any, is discarded. */
    void execute(String sql);

    /** Runs one statement with {@code ?} parameters and returns the affected row count. */
    long update(String sql, List<?> parameters);

    /** Runs a query with {@code ?} parameters; each row maps column label to value, in column order. */
    List<Map<String, Object>> query(String sql, List<?> parameters);

    void begin();

    void commit();

    void rollback();

    boolean inTransaction();

    /** The JDBC connection behind this session, when there is one (not over R2DBC). */
    Optional<Connection> jdbcConnection();

    /** {@code server_version_num}, for example 150004. */
    int serverVersionNum();

    /** The database user of this session. */
    String currentUser();

    @Override
    void close();
}
