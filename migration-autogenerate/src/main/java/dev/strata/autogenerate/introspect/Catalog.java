package dev.strata.autogenerate.introspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection prepared for reading {@code pg_catalog}: inside a read-only transaction (or a savepoint of
 * the caller's transaction) with an empty {@code search_path}, so that {@code format_type},
 * {@code pg_get_expr}, {@code pg_get_constraintdef} and {@code pg_get_indexdef} qualify every user-defined
 * name with its schema, whatever the connection's own {@code search_path} is.
 *
 * <p>Catalog tables are named without {@code pg_catalog.}: with an empty {@code search_path} only
 * {@code pg_catalog} and the session's own temporary schema are searched, and nobody else can put objects
 * into the latter.
 */
final class Catalog {

    /** One unit of reading, run by {@link Catalog#read}. */
    interface Reading<T> {
        T read(Catalog catalog) throws SQLException;
    }

    /** Maps the current row of a result set. */
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private interface Undo {
        void run() throws SQLException;
    }

    private final Connection connection;

    private Catalog(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs {@code reading} and then puts the connection back as it was. With auto-commit on, the reading
     * gets a transaction of its own (repeatable read, so that all queries see one snapshot) that is rolled
     * back. With auto-commit off the caller may be in the middle of a transaction whose work must survive,
     * so the reading runs in a savepoint that is rolled back and released instead; the settings made with
     * {@code set_config(..., true)} end with it.
     */
    static <T> T read(Connection connection, Reading<T> reading) throws SQLException {
        Catalog catalog = new Catalog(connection);
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            return catalog.runThenUndo(reading, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", () -> {
                connection.rollback();
                connection.setAutoCommit(true);
            });
        }
        Savepoint savepoint = connection.setSavepoint();
        return catalog.runThenUndo(reading, "SELECT set_config('transaction_read_only', 'on', true)", () -> {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        });
    }

    private <T> T runThenUndo(Reading<T> reading, String readOnly, Undo undo) throws SQLException {
        T result;
        try {
            execute(readOnly);
            execute("SELECT set_config('search_path', '', true)");
            result = reading.read(this);
        } catch (SQLException | RuntimeException e) {
            try {
                undo.run();
            } catch (SQLException undoFailure) {
                e.addSuppressed(undoFailure);
            }
            throw e;
        }
        undo.run();
        return result;
    }

    /** Runs a query with the given parameters (arrays from {@link #texts} and {@link #oids}) and maps each row. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Array... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setArray(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
                return rows;
            }
        }
    }

    /**
     * Runs a query like {@link #query} and groups the mapped rows by the oid in {@code oidColumn} (the table
     * or type they belong to), keeping the query's order within each group.
     */
    <T> Map<Long, List<T>> queryByOid(String sql, String oidColumn, RowMapper<T> mapper, Array... parameters)
            throws SQLException {
        Map<Long, List<T>> groups = new HashMap<>();
        for (Map.Entry<Long, T> entry : query(sql, row -> Map.entry(row.getLong(oidColumn), mapper.map(row)),
                parameters)) {
            groups.computeIfAbsent(entry.getKey(), oid -> new ArrayList<>()).add(entry.getValue());
        }
        return groups;
    }

    /** A {@code text[]} parameter. */
    Array texts(Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(new String[0]));
    }

    /** An {@code int8[]} parameter of object ids; queries cast it with {@code ?::oid[]}. */
    Array oids(Collection<Long> values) throws SQLException {
        return connection.createArrayOf("int8", values.toArray(new Long[0]));
    }

    /** Reads a {@code text[]} column; SQL null reads as an empty list. */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /**
     * A condition that is true unless the object is a member of an extension: those come and go with
     * {@code CREATE EXTENSION} (PostGIS's {@code spatial_ref_sys} table, for one), so a migration must
     * neither create nor drop them.
     *
     * @param catalogTable the catalog that holds the object, {@code pg_class} or {@code pg_type}
     * @param oidColumn    the column holding the object's oid
     */
    static String notExtensionMember(String catalogTable, String oidColumn) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalogTable + "'::regclass"
                + " AND e.objid = " + oidColumn + " AND e.deptype = 'e')";
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
