package dev.strata.autogenerate.introspect;

import dev.strata.autogenerate.schema.CheckConstraint;
import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.PrimaryKey;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.UniqueConstraint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads primary keys, unique constraints, foreign keys and check constraints. */
final class ConstraintReader {

    /** The constraints of one table; lists sorted by name. */
    record TableConstraints(PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
            List<ForeignKey> foreignKeys, List<CheckConstraint> checkConstraints) {

        static final TableConstraints NONE = new TableConstraints(null, List.of(), List.of(), List.of());
    }

    /*
     * Only p, u, f and c: NOT NULL (contype 'n' from PostgreSQL 18 on) is a column's nullability, and
     * exclusion constraints and constraint triggers have no place in the model.
     *
     * conparentid <> 0 marks a constraint that PostgreSQL derived from another one: a foreign key that
     * references a partitioned table gets one hidden copy per partition on the referencing table.
     *
     * Check constraints inherited through INHERITS are reported like local ones: the child table has them.
     */
    private static final String CONSTRAINTS = """
            SELECT c.conrelid, c.conname, c.contype,
                   %s AS columns,
                   rn.nspname AS referenced_schema, r.relname AS referenced_table,
                   %s AS referenced_columns,
                   c.confupdtype, c.confdeltype,
                   CASE WHEN c.contype = 'c' THEN pg_get_constraintdef(c.oid, true) END AS definition
            FROM pg_constraint c
            LEFT JOIN pg_class r ON r.oid = c.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
            WHERE c.conrelid = ANY (?::oid[])
              AND c.contype IN ('p', 'u', 'f', 'c')
              AND c.conparentid = 0""".formatted(
                    columnNames("c.conkey", "c.conrelid"), columnNames("c.confkey", "c.confrelid"));

    /*
     * PostgreSQL does not read back what it prints for a list of literals compared with a varchar column, such as
     * Hibernate's check for an @Enumerated(STRING) attribute, tier IN ('A', 'B'): it prints the list as
     * ARRAY['A'::character varying, 'B'::character varying]::text[], and parsing that text pushes the cast into
     * the elements, so a revision that creates the check from the printed text stores, and prints,
     * ARRAY['A'::character varying::text, 'B'::character varying::text]. Both are the same test; spelled the
     * second way, both read the same, and autogenerate does not drop and re-add the check on every run.
     */
    private static final Pattern VARCHAR_LIST_AS_TEXT = Pattern.compile(
            "ARRAY\\[('(?:[^']|'')*'::character varying(?:, '(?:[^']|'')*'::character varying)*)]::text\\[]");
    private static final Pattern VARCHAR_ELEMENT = Pattern.compile("('(?:[^']|'')*'::character varying)");

    private record ConstraintRow(String name, char type, List<String> columns, QualifiedName referencedTable,
            List<String> referencedColumns, String onUpdate, String onDelete, String definition) {
    }

    private ConstraintReader() {
    }

    /** The constraints of each table, by table oid; tables without constraints are absent. */
    static Map<Long, TableConstraints> constraints(Catalog catalog, Collection<Long> tableOids)
            throws SQLException {
        Map<Long, List<ConstraintRow>> rows =
                catalog.queryByOid(CONSTRAINTS, "conrelid", ConstraintReader::row, catalog.oids(tableOids));
        Map<Long, TableConstraints> constraints = new HashMap<>();
        rows.forEach((oid, tableRows) -> constraints.put(oid, assemble(tableRows)));
        return constraints;
    }

    private static TableConstraints assemble(List<ConstraintRow> rows) {
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (ConstraintRow row : rows) {
            switch (row.type()) {
                case 'p' -> primaryKey = new PrimaryKey(row.name(), row.columns());
                case 'u' -> uniques.add(new UniqueConstraint(row.name(), row.columns()));
                case 'f' -> foreignKeys.add(new ForeignKey(row.name(), row.columns(), row.referencedTable(),
                        row.referencedColumns(), row.onUpdate(), row.onDelete()));
                case 'c' -> checks.add(new CheckConstraint(row.name(), checkAsReadBack(row.definition())));
                default -> throw new IllegalStateException("Unexpected constraint type " + row.type());
            }
        }
        uniques.sort(Comparator.comparing(UniqueConstraint::name));
        foreignKeys.sort(Comparator.comparing(ForeignKey::name));
        checks.sort(Comparator.comparing(CheckConstraint::name));
        return new TableConstraints(primaryKey, uniques, foreignKeys, checks);
    }

    /** A check's definition as PostgreSQL prints it once the printed text has been run again. */
    private static String checkAsReadBack(String definition) {
        Matcher list = VARCHAR_LIST_AS_TEXT.matcher(definition);
        StringBuilder out = new StringBuilder();
        while (list.find()) {
            String elements = VARCHAR_ELEMENT.matcher(list.group(1)).replaceAll("$1::text");
            list.appendReplacement(out, Matcher.quoteReplacement("ARRAY[" + elements + "]"));
        }
        return list.appendTail(out).toString();
    }

    private static ConstraintRow row(ResultSet row) throws SQLException {
        String referencedSchema = row.getString("referenced_schema");
        return new ConstraintRow(
                row.getString("conname"),
                row.getString("contype").charAt(0),
                Catalog.strings(row, "columns"),
                referencedSchema == null ? null : QualifiedName.of(referencedSchema, row.getString("referenced_table")),
                Catalog.strings(row, "referenced_columns"),
                action(row.getString("confupdtype")),
                action(row.getString("confdeltype")),
                row.getString("definition"));
    }

    /** Spells a {@code confupdtype}/{@code confdeltype} code the way {@code ON UPDATE}/{@code ON DELETE} take it. */
    private static String action(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return switch (code) {
            case "a" -> ForeignKey.NO_ACTION;
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> throw new IllegalStateException("Unexpected foreign key action " + code);
        };
    }

    /**
     * The names of the columns whose numbers are in {@code keyArray} (a {@code conkey}-like column), in the
     * array's order, which for a foreign key pairs each column with the column it references.
     */
    private static String columnNames(String keyArray, String relation) {
        return "ARRAY(SELECT a.attname::text FROM unnest(" + keyArray + ") WITH ORDINALITY k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = " + relation + " AND a.attnum = k.attnum ORDER BY k.ord)";
    }
}
