package dev.strata.internal.operations;

import dev.strata.Operations;
import dev.strata.StrataException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders each operation as PostgreSQL and hands it to a {@link StatementTarget}: the same code serves a
 * revision running on a live session and one printed by {@code --sql}. Arguments are checked before
 * anything is rendered, so a mistake in a revision fails with a message that names the field and no
 * statement half-runs.
 */
public final class SqlOperations implements Operations {

    private final StatementTarget target;

    /** Operations whose statements all go to {@code target}. */
    public SqlOperations(StatementTarget target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public boolean isOffline() {
        return target.offline();
    }

    @Override
    public void execute(String sql) {
        target.execute(sql(sql, "execute"));
    }

    @Override
    public long execute(String sql, Object... parameters) {
        return target.update(sql(sql, "execute"), parameterList(parameters));
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        return target.query(sql(sql, "query"), parameterList(parameters));
    }

    @Override
    public void createTable(String table, List<Column> columns, String... tableConstraints) {
        run(PostgresDdl.createTable(table, columns,
                tableConstraints == null ? List.of() : Arrays.asList(tableConstraints)));
    }

    @Override
    public void dropTable(String table) {
        target.execute(PostgresDdl.dropTable(table));
    }

    @Override
    public void addColumn(String table, Column column) {
        run(PostgresDdl.addColumn(table, column));
    }

    @Override
    public void dropColumn(String table, String column) {
        target.execute(PostgresDdl.dropColumn(table, column));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange change) {
        run(PostgresDdl.alterColumn(table, column, change));
    }

    @Override
    public void renameTable(String table, String newName) {
        target.execute(PostgresDdl.renameTable(table, newName));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        target.execute(PostgresDdl.renameColumn(table, column, newName));
    }

    @Override
    public void createIndex(Index index) {
        target.execute(PostgresDdl.createIndex(index));
    }

    @Override
    public void dropIndex(String name, boolean concurrently) {
        target.execute(PostgresDdl.dropIndex(name, concurrently));
    }

    @Override
    public void createForeignKey(ForeignKey foreignKey) {
        target.execute(PostgresDdl.createForeignKey(foreignKey));
    }

    @Override
    public void dropConstraint(String name, String table) {
        target.execute(PostgresDdl.dropConstraint(name, table));
    }

    /**
     * One {@code INSERT} per row, all with the columns of the first row in its iteration order (so pass
     * {@link java.util.LinkedHashMap}s to choose it). Every row must have the same columns: a row that
     * silently got defaults for a missing key is worse than a failed revision.
     */
    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        if (table == null || table.isBlank()) {
            throw new StrataException("bulkInsert needs a table name");
        }
        if (rows == null || rows.isEmpty()) {
            return;
        }
        List<List<Object>> values = new ArrayList<>();
        List<String> columns = new ArrayList<>(row(rows, 0, table).keySet());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = row(rows, i, table);
            if (!row.keySet().equals(rows.get(0).keySet())) {
                throw new StrataException("bulkInsert into " + table + ": row " + i + " has columns " + row.keySet()
                        + " but row 0 has " + columns + "; every row needs the same columns");
            }
            List<Object> rowValues = new ArrayList<>();
            for (String column : columns) {
                rowValues.add(row.get(column));
            }
            values.add(rowValues);
        }
        String insert = PostgresDdl.insert(table, columns);
        if (target instanceof OfflineTarget) {
            // Named for what the revision called: "execute(sql, parameters)" would point at the wrong line.
            throw OfflineTarget.refusal("bulkInsert");
        }
        for (List<Object> rowValues : values) {
            target.update(insert, rowValues);
        }
    }

    @Override
    public Connection connection() {
        return target.connection();
    }

    private void run(List<String> statements) {
        for (String statement : statements) {
            target.execute(statement);
        }
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, int index, String table) {
        Map<String, Object> row = rows.get(index);
        if (row == null || row.isEmpty()) {
            throw new StrataException("bulkInsert into " + table + ": row " + index + " has no columns");
        }
        return row;
    }

    private static String sql(String sql, String method) {
        if (sql == null || sql.isBlank()) {
            throw new StrataException(method + " needs an SQL statement");
        }
        return sql;
    }

    /** {@code Arrays.asList}, not {@code List.of}: a null parameter is a legitimate SQL NULL. */
    private static List<Object> parameterList(Object[] parameters) {
        return parameters == null ? List.of() : Arrays.asList(parameters);
    }
}
