package dev.strata.autogenerate.introspect;

import dev.strata.autogenerate.schema.EnumType;
import dev.strata.autogenerate.schema.QualifiedName;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads enum types. */
final class EnumReader {

    /*
     * typtype 'e' leaves out the array type PostgreSQL creates beside every enum, and domains, composite
     * and range types. A LEFT JOIN because an enum may have no labels at all (CREATE TYPE t AS ENUM ()).
     * Labels come in enumsortorder, which is what ADD VALUE ... BEFORE/AFTER changes (the oids do not
     * follow it).
     */
    private static final String ENUMS = """
            SELECT t.oid, n.nspname, t.typname, e.enumlabel
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_enum e ON e.enumtypid = t.oid
            WHERE n.nspname = ANY (?)
              AND t.typtype = 'e'
              AND %s
            ORDER BY t.oid, e.enumsortorder""".formatted(Catalog.notExtensionMember("pg_type", "t.oid"));

    private record LabelRow(QualifiedName type, String label) {
    }

    private EnumReader() {
    }

    /** The enum types of the given schemas, sorted by name. */
    static List<EnumType> enums(Catalog catalog, Collection<String> schemas) throws SQLException {
        Map<Long, List<LabelRow>> byType = catalog.queryByOid(ENUMS, "oid", row -> new LabelRow(
                QualifiedName.of(row.getString("nspname"), row.getString("typname")),
                row.getString("enumlabel")),
                catalog.texts(schemas));
        return byType.values().stream()
                .map(rows -> new EnumType(rows.get(0).type(),
                        rows.stream().map(LabelRow::label).filter(Objects::nonNull).toList()))
                .sorted(Comparator.comparing(EnumType::name))
                .toList();
    }
}
