package dev.strata.autogenerate.entities;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks a database's catalog single questions for spot assertions: a column's type as PostgreSQL prints it, a
 * table's constraints and indexes, a sequence's increment. Names are schema-qualified ({@code public.customer}),
 * and the search path is emptied so that PostgreSQL qualifies the names it prints.
 */
final class CatalogQueries {

    private final Connection connection;

    CatalogQueries(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('search_path', '', false)");
        }
    }

    /** {@code character varying(80) not null}, or null when the column does not exist. */
    String column(String table, String column) throws SQLException {
        List<String> found = list("SELECT format_type(a.atttypid, a.atttypmod)"
                + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                + " || CASE a.attidentity WHEN 'd' THEN ' identity by default' WHEN 'a' THEN ' identity always'"
                + " ELSE '' END FROM pg_attribute a WHERE a.attrelid = ?::regclass AND a.attname = ?"
                + " AND NOT a.attisdropped", table, column);
        return found.isEmpty() ? null : found.get(0);
    }

    List<String> columnNames(String table) throws SQLException {
        return list("SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0"
                + " AND NOT attisdropped ORDER BY attname", table);
    }

    List<String> tables(String schema) throws SQLException {
        return list("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind = 'r' ORDER BY c.relname", schema);
    }

    /** Constraints of one kind ({@code p}, {@code u}, {@code f}, {@code c}), as {@code pg_get_constraintdef} prints. */
    List<String> constraints(String table, String kind) throws SQLException {
        return list("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ?::regclass"
                + " AND contype = ?::\"char\" ORDER BY 1", table, kind);
    }

    List<String> constraintNames(String table) throws SQLException {
        return list("SELECT conname FROM pg_constraint WHERE conrelid = ?::regclass ORDER BY 1", table);
    }

    /** Indexes that back no constraint, as {@code pg_get_indexdef} prints them. */
    List<String> indexes(String table) throws SQLException {
        return list("SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = ?::regclass"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 1", table);
    }

    String tableComment(String table) throws SQLException {
        return list("SELECT coalesce(obj_description(?::regclass, 'pg_class'), '')", table).get(0);
    }

    String columnComment(String table, String column) throws SQLException {
        return list("SELECT coalesce(col_description(a.attrelid, a.attnum), '') FROM pg_attribute a"
                + " WHERE a.attrelid = ?::regclass AND a.attname = ?", table, column).get(0);
    }

    /** {@code bigint start 1 increment 20}, or null when there is no such sequence. */
    String sequence(String schema, String name) throws SQLException {
        List<String> found = list("SELECT data_type || ' start ' || start_value || ' increment ' || increment_by"
                + " FROM pg_sequences WHERE schemaname = ? AND sequencename = ?", schema, name);
        return found.isEmpty() ? null : found.get(0);
    }

    List<String> enumLabels(String schema, String type) throws SQLException {
        return list("SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid"
                + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ? AND t.typname = ?"
                + " ORDER BY e.enumsortorder", schema, type);
    }

    private List<String> list(String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
