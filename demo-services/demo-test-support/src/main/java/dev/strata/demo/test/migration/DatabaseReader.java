package dev.strata.demo.test.migration;

import java.util.List;

/**
 * Reads the first column of a query's rows as text, over whatever the service has: JDBC
 * ({@link dev.strata.demo.test.jdbc.JdbcDatabaseReader}) or R2DBC
 * ({@link dev.strata.demo.test.r2dbc.R2dbcDatabaseReader}).
 * Text, because every check compares what it reads with the revision ids and names the test expects.
 */
@FunctionalInterface
public interface DatabaseReader {

    /** The first column of every row of {@code sql}, in the order the query gives. */
    List<String> all(String sql);

    /** The first column of the single row of {@code sql}; fails the test when there is not exactly one. */
    default String one(String sql) {
        List<String> rows = all(sql);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row from " + sql + " but got " + rows.size() + ": " + rows);
        }
        return rows.get(0);
    }
}
