package dev.strata.driver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link DatabaseSession} on one JDBC connection. */
final class JdbcSession implements DatabaseSession {

    private final Connection connection;
    private Integer serverVersion;

    JdbcSession(Connection connection) {
        this.connection = connection;
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            // Migration SQL runs exactly as written: no JDBC {escape} rewriting; results are ignored.
            statement.setEscapeProcessing(false);
            statement.execute(sql);
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    @Override
    public long update(String sql, List<?> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeLargeUpdate();
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    @Override
    public List<Map<String, Object>> query(String sql, List<?> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    @Override
    public void begin() {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    @Override
    public void commit() {
        try {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    @Override
    public void rollback() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    @Override
    public boolean inTransaction() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    @Override
    public Optional<Connection> jdbcConnection() {
        return Optional.of(connection);
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
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static DatabaseException wrap(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new DatabaseException(message.strip(), e.getSQLState(), e);
    }
}
