package dev.strata.internal.operations;

import dev.strata.driver.DatabaseSession;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where rendered statements go: a live session, or an offline script. {@link SqlOperations} renders, a
 * target runs (or prints); that split is what lets {@code --sql} mode reuse every DDL helper unchanged.
 */
public interface StatementTarget {

    /** Runs one DDL or SQL statement without parameters; offline, writes it to the script. */
    void execute(String sql);

    /**
     * Runs one statement with {@code ?} parameters and returns the affected row count.
     *
     * @throws dev.strata.StrataException offline, where there is no database to run it on
     */
    long update(String sql, List<?> parameters);

    /**
     * Runs a query with {@code ?} parameters; each row maps column label to value, in column order.
     *
     * @throws dev.strata.StrataException offline, where there is no database to run it on
     */
    List<Map<String, Object>> query(String sql, List<?> parameters);

    /**
     * The JDBC connection behind this target.
     *
     * @throws dev.strata.StrataException offline, or over R2DBC, where there is no JDBC connection
     */
    Connection connection();

    /** Whether statements are written to an offline script rather than run; the data methods then fail. */
    default boolean offline() {
        return false;
    }

    /** A target that runs every statement on {@code session}. */
    static StatementTarget of(DatabaseSession session) {
        return new SessionTarget(Objects.requireNonNull(session, "session"));
    }

    /**
     * A target for offline ({@code --sql}) mode: each statement, without a terminator, goes to {@code sink},
     * which owns the script's layout ({@code ;}, blank lines); the data methods fail with advice.
     */
    static StatementTarget offline(Consumer<String> sink) {
        return new OfflineTarget(Objects.requireNonNull(sink, "sink"));
    }
}
