package dev.strata.autogenerate.introspect;

import dev.strata.autogenerate.schema.Index;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reads the indexes that do not back a constraint. */
final class IndexReader {

    /*
     * Indexes behind primary keys, unique constraints and exclusion constraints are the constraint's
     * business (a foreign key's conindid names the referenced table's index, hence the contype filter).
     *
     * Key elements only (the first indnkeyatts of indkey): INCLUDE columns, like sort order, operator
     * classes, collations, NULLS NOT DISTINCT and storage parameters, appear only in the definition.
     * Plain columns come from pg_attribute because pg_get_indexdef(oid, n, true) would quote them.
     *
     * indislive is false only while DROP INDEX CONCURRENTLY runs; an invalid index left behind by a failed
     * CREATE INDEX CONCURRENTLY is still reported, since it exists and holds its name.
     */
    private static final String INDEXES = """
            SELECT i.indrelid, ic.relname,
                   ARRAY(SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true)
                                     ELSE a.attname::text END
                         FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                         LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         WHERE k.ord <= i.indnkeyatts
                         ORDER BY k.ord) AS columns,
                   i.indisunique, am.amname,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate,
                   i.indexprs IS NOT NULL AS expression,
                   pg_get_indexdef(i.indexrelid) AS definition
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            WHERE i.indrelid = ANY (?::oid[])
              AND i.indislive
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                              WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))""";

    private IndexReader() {
    }

    /** The indexes of each table, by table oid, sorted by name; tables without any are absent. */
    static Map<Long, List<Index>> indexes(Catalog catalog, Collection<Long> tableOids) throws SQLException {
        Map<Long, List<Index>> indexes = catalog.queryByOid(INDEXES, "indrelid", row -> new Index(
                row.getString("relname"),
                Catalog.strings(row, "columns"),
                row.getBoolean("indisunique"),
                row.getString("amname"),
                row.getString("predicate"),
                row.getBoolean("expression"),
                row.getString("definition")),
                catalog.oids(tableOids));
        indexes.values().forEach(tableIndexes -> tableIndexes.sort(Comparator.comparing(Index::name)));
        return indexes;
    }
}
