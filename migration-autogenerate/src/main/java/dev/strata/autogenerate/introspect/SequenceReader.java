package dev.strata.autogenerate.introspect;

import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Sequence;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Reads standalone sequences. */
final class SequenceReader {

    /*
     * A sequence that a column owns belongs to that column: deptype 'a' for serial columns and
     * ALTER SEQUENCE ... OWNED BY, 'i' for identity columns. Creating or dropping the column creates or
     * drops it, so listing it would make autogenerate emit it twice.
     */
    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS data_type,
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              AND c.relpersistence <> 't'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                                AND d.deptype IN ('a', 'i'))
              AND %s""".formatted(Catalog.notExtensionMember("pg_class", "c.oid"));

    private SequenceReader() {
    }

    /** The standalone sequences of the given schemas, sorted by name. */
    static List<Sequence> sequences(Catalog catalog, Collection<String> schemas) throws SQLException {
        List<Sequence> sequences = catalog.query(SEQUENCES, row -> new Sequence(
                QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                row.getString("data_type"),
                row.getLong("seqstart"),
                row.getLong("seqincrement"),
                row.getLong("seqmin"),
                row.getLong("seqmax"),
                row.getLong("seqcache"),
                row.getBoolean("seqcycle")),
                catalog.texts(schemas));
        sequences.sort(Comparator.comparing(Sequence::name));
        return sequences;
    }
}
