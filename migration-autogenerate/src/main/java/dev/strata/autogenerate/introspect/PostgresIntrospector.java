package dev.strata.autogenerate.introspect;

import dev.strata.autogenerate.introspect.ConstraintReader.TableConstraints;
import dev.strata.autogenerate.introspect.TableReader.TableHeader;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Table;
import dev.strata.driver.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a PostgreSQL database's schemas into a {@link SchemaModel}. Autogenerate compares two models that
 * this class produced (the database as it is, and a scratch database holding Hibernate's schema export),
 * so this class defines how everything is spelled: names exactly as stored (unquoted, case kept), and
 * types, defaults, check constraints, index expressions and index definitions exactly as PostgreSQL's
 * {@code format_type}, {@code pg_get_expr}, {@code pg_get_constraintdef} and {@code pg_get_indexdef} print
 * them with an empty {@code search_path}, that is with every user-defined name schema-qualified and quoted
 * where SQL needs it ({@code public.order_status}, {@code audit."Mood"}).
 *
 * <p>What a model holds:
 * <ul>
 *   <li>{@code schemas}: those of the requested schemas that exist. A requested schema that does not exist
 *       is left out; comparing against the request tells which schemas to create.</li>
 *   <li>{@code tables}: ordinary and partitioned tables. Not partitions, views, materialized views, foreign
 *       tables, temporary tables, members of extensions (such as PostGIS's {@code spatial_ref_sys}), nor the
 *       excluded tables.</li>
 *   <li>columns in column order. Identity and generated columns have no default; a generated column's
 *       expression is not reported at all (the model has no place for it), nor are collations and
 *       identity sequence options.</li>
 *   <li>primary keys, unique constraints, foreign keys and check constraints. Not NOT NULL constraints
 *       (nullability is a column's), exclusion constraints, nor the copies of a foreign key that PostgreSQL
 *       adds for each partition of a referenced partitioned table. Check constraints inherited through
 *       {@code INHERITS} are reported like the table's own. Deferrability, {@code MATCH FULL},
 *       {@code NOT VALID} and {@code NULLS NOT DISTINCT} of keys are not reported (a check
 *       constraint's {@code NOT VALID} is part of its definition).</li>
 *   <li>indexes that back no primary key, unique or exclusion constraint. {@code columns} holds the key
 *       elements only; {@code INCLUDE} columns, sort order, operator classes and storage parameters are
 *       in {@code definition} alone. The predicate is {@code pg_get_expr(indpred, indrelid)}, which
 *       parenthesizes it: {@code (name IS NOT NULL)}. An index on a partitioned table is defined
 *       {@code ON ONLY} the table, as PostgreSQL prints it.</li>
 *   <li>{@code sequences}: standalone ones; those owned by a column (serial, identity,
 *       {@code OWNED BY}) belong to the column and are left out, as are extension members.</li>
 *   <li>{@code enums}: enum types with their labels in sort order, extension members left out. Other
 *       user-defined types (domains, composite and range types) are not reported.</li>
 * </ul>
 * Schemas, tables, sequences and enums are sorted by name, and constraints and indexes within a table by
 * name, in Java's {@link String} order (sorted here, not by the database, so that its collation cannot
 * change the order).
 *
 * <p>Requires PostgreSQL 12 or later.
 */
public final class PostgresIntrospector {

    private PostgresIntrospector() {
    }

    /**
     * Reads the given schemas with a fixed handful of queries, however many tables they hold.
     *
     * <p>The connection is left as it was found. With auto-commit on, the reading runs in a read-only
     * transaction of its own that is rolled back. With auto-commit off it runs inside the caller's
     * transaction (so it sees that transaction's uncommitted changes), in a savepoint that is rolled back
     * and released; the transaction stays open, and its work is kept.
     *
     * @param connection     an open connection to the database
     * @param schemas        the schemas to read, at least one; duplicates are ignored
     * @param excludedTables tables to leave out, such as Strata's own version and history tables
     * @return the model of the schemas
     * @throws IllegalArgumentException if {@code schemas} is empty
     * @throws DatabaseException        if the database cannot be read; the message has the driver's reason
     */
    public static SchemaModel introspect(Connection connection, List<String> schemas,
            Set<QualifiedName> excludedTables) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(excludedTables, "excludedTables");
        List<String> requested = List.copyOf(new LinkedHashSet<>(schemas));
        Set<QualifiedName> excluded = Set.copyOf(excludedTables);
        if (requested.isEmpty()) {
            throw new IllegalArgumentException("schemas must name at least one schema to introspect");
        }
        try {
            return Catalog.read(connection, catalog -> read(catalog, requested, excluded));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read " + (requested.size() == 1 ? "schema " : "schemas ")
                    + String.join(", ", requested) + " from the database: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static SchemaModel read(Catalog catalog, List<String> schemas, Set<QualifiedName> excluded)
            throws SQLException {
        List<String> existing = new ArrayList<>(catalog.query(
                "SELECT nspname FROM pg_namespace WHERE nspname = ANY (?)",
                row -> row.getString("nspname"), catalog.texts(schemas)));
        List<TableHeader> headers = new ArrayList<>();
        for (TableHeader header : TableReader.tables(catalog, schemas)) {
            if (!excluded.contains(header.name())) {
                headers.add(header);
            }
        }
        List<Long> oids = headers.stream().map(TableHeader::oid).toList();
        Map<Long, List<Column>> columns = TableReader.columns(catalog, oids);
        Map<Long, TableConstraints> constraints = ConstraintReader.constraints(catalog, oids);
        Map<Long, List<Index>> indexes = IndexReader.indexes(catalog, oids);

        List<Table> tables = new ArrayList<>();
        for (TableHeader header : headers) {
            TableConstraints keys = constraints.getOrDefault(header.oid(), TableConstraints.NONE);
            tables.add(new Table(header.name(), columns.getOrDefault(header.oid(), List.of()), keys.primaryKey(),
                    keys.uniqueConstraints(), indexes.getOrDefault(header.oid(), List.of()), keys.foreignKeys(),
                    keys.checkConstraints(), header.comment()));
        }
        existing.sort(Comparator.naturalOrder());
        tables.sort(Comparator.comparing(Table::name));
        return new SchemaModel(existing, tables, SequenceReader.sequences(catalog, schemas),
                EnumReader.enums(catalog, schemas));
    }
}
