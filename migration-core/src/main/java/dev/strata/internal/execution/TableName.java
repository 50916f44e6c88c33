package dev.strata.internal.execution;

import java.util.regex.Pattern;

/** A schema-qualified table name, quoted for SQL only when PostgreSQL needs it. */
public record TableName(String schema, String table) {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    /** {@code schema.table}, or just {@code table} when no schema is set (the search path decides). */
    public String sql() {
        return schema == null || schema.isEmpty() ? quote(table) : quote(schema) + "." + quote(table);
    }

    /** The bare (quoted when needed) table name, as used in qualified column references. */
    public String tableSql() {
        return quote(table);
    }

    public String display() {
        return schema == null || schema.isEmpty() ? table : schema + "." + table;
    }

    static String quote(String identifier) {
        return PLAIN.matcher(identifier).matches() ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
