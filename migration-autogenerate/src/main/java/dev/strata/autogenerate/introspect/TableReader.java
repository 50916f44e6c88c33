package dev.strata.autogenerate.introspect;

import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.QualifiedName;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads tables, their comments and their columns. */
final class TableReader {

    /** A table before its columns, constraints and indexes are attached; {@code oid} links them. */
    record TableHeader(long oid, QualifiedName name, String comment) {
    }

    /*
     * Ordinary and partitioned tables. Partitions are left out: they are created as part of their parent
     * by whatever manages partitions, not by entity mappings. Temporary tables belong to a session.
     */
    private static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, d.description
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d
                   ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY (?)
              AND c.relkind IN ('r', 'p')
              AND NOT c.relispartition
              AND c.relpersistence <> 't'
              AND %s""".formatted(Catalog.notExtensionMember("pg_class", "c.oid"));

    /*
     * A generated column's expression is stored in pg_attrdef like a default, but it is not one: rendering
     * it as DEFAULT would be wrong, so it is left out (the model has no place for it).
     */
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
                   CASE WHEN a.attidentity = '' AND a.attgenerated = ''
                        THEN pg_get_expr(ad.adbin, ad.adrelid) END AS default_expression,
                   a.attidentity, d.description
            FROM pg_attribute a
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_description d
                   ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
            WHERE a.attrelid = ANY (?::oid[])
              AND a.attnum > 0
              AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    private TableReader() {
    }

    /** The tables of the given schemas, in no particular order. */
    static List<TableHeader> tables(Catalog catalog, Collection<String> schemas) throws SQLException {
        return catalog.query(TABLES, row -> new TableHeader(
                row.getLong("oid"),
                QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                row.getString("description")),
                catalog.texts(schemas));
    }

    /** The columns of each table, by table oid, in column order. */
    static Map<Long, List<Column>> columns(Catalog catalog, Collection<Long> tableOids) throws SQLException {
        return catalog.queryByOid(COLUMNS, "attrelid", row -> new Column(
                row.getString("attname"),
                row.getString("type"),
                !row.getBoolean("attnotnull"),
                row.getString("default_expression"),
                identity(row.getString("attidentity")),
                row.getString("description")),
                catalog.oids(tableOids));
    }

    private static Identity identity(String attidentity) {
        return switch (attidentity) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> Identity.NONE;
        };
    }
}
