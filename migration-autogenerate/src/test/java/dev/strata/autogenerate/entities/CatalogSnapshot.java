package dev.strata.autogenerate.entities;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a database's catalog says about its user schemas, one line per fact, as PostgreSQL itself prints it
 * (types through {@code format_type}, constraints through {@code pg_get_constraintdef}, indexes through
 * {@code pg_get_indexdef}) with an empty search path, so that every name is schema-qualified. Two databases
 * with equal snapshots hold the same schema, whatever created them.
 */
public final class CatalogSnapshot {

    private static final String USER_SCHEMA = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

    private static final List<String> QUERIES = List.of(
            "SELECT 'schema ' || n.nspname FROM pg_namespace n WHERE " + USER_SCHEMA,
            "SELECT 'relation ' || n.nspname || '.' || c.relname || ' kind ' || c.relkind::text"
                    + " || coalesce(' comment ' || obj_description(c.oid, 'pg_class'), '')"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND " + USER_SCHEMA,
            "SELECT 'column ' || n.nspname || '.' || c.relname || ' #' || a.attnum || ' ' || a.attname || ' '"
                    + " || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                    + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                    + " || CASE a.attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default'"
                    + " ELSE '' END || coalesce(' comment ' || col_description(c.oid, a.attnum), '')"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                    + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND "
                    + USER_SCHEMA,
            "SELECT 'constraint ' || n.nspname || '.' || c.relname || ' ' || k.conname || ' '"
                    + " || pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_SCHEMA,
            "SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_SCHEMA,
            "SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type || ' start ' || start_value"
                    + " || ' min ' || min_value || ' max ' || max_value || ' increment ' || increment_by"
                    + " || ' cycle ' || cycle || ' cache ' || cache_size FROM pg_sequences",
            "SELECT 'enum ' || n.nspname || '.' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY"
                    + " e.enumsortorder) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY n.nspname, t.typname",
            // Casts made by users (Hibernate adds varchar casts for its enum types) have oids past the built-in range.
            "SELECT 'cast ' || format_type(castsource, NULL) || ' as ' || format_type(casttarget, NULL)"
                    + " || ' context ' || castcontext::text || ' method ' || castmethod::text"
                    + " FROM pg_cast WHERE oid >= 16384");

    private CatalogSnapshot() {
    }

    public static List<String> of(Connection connection) throws SQLException {
        List<String> facts = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('search_path', '', false)");
            for (String query : QUERIES) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        facts.add(rows.getString(1));
                    }
                }
            }
        }
        return facts.stream().sorted().toList();
    }
}
