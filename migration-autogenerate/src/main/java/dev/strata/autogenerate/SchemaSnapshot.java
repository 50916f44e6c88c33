package dev.strata.autogenerate;

import dev.strata.StrataConfiguration;
import dev.strata.StrataException;
import dev.strata.autogenerate.compare.ComparisonOptions;
import dev.strata.autogenerate.compare.SchemaComparator;
import dev.strata.autogenerate.operations.CreateIndex;
import dev.strata.autogenerate.operations.CreateSchema;
import dev.strata.autogenerate.operations.SchemaOperation;
import dev.strata.autogenerate.render.OperationDescriptions;
import dev.strata.autogenerate.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A database's schema at one moment, as {@link Verify} compares it: what the introspector reads from every schema
 * but PostgreSQL's own (Strata's version and history tables left out), and the extensions installed.
 *
 * <p>Two snapshots are the same when {@link SchemaComparator} finds nothing to change between them, server
 * defaults included: the same definition of "the schemas agree" as {@code strata check}'s. What the model does
 * not hold (views, functions, grants, column order) is not compared; column order on purpose, since a downgrade
 * cannot put back a dropped column anywhere but last.
 */
record SchemaSnapshot(SchemaModel model, List<String> extensions, int serverVersionNum) {

    SchemaSnapshot {
        extensions = List.copyOf(extensions);
    }

    static SchemaSnapshot of(DataSource dataSource, StrataConfiguration configuration) {
        RevisionsSide side = RevisionsSide.of(dataSource, configuration);
        List<String> schemas;
        try (Connection connection = dataSource.getConnection()) {
            schemas = Workspace.schemas(connection);
        } catch (SQLException e) {
            throw new StrataException("Cannot read the scratch database's schemas: " + e.getMessage(), e);
        }
        // A revision may drop even the public schema; the introspector wants at least one to read.
        SchemaModel model = schemas.isEmpty() ? SchemaModel.empty(List.of()) : side.introspect(schemas);
        return new SchemaSnapshot(model, side.extensions(), side.serverVersionNum());
    }

    /**
     * What changed from this snapshot to a later one, one line per difference in the words of {@code strata check}
     * ({@code add_column public.clients.email text}, {@code remove_table public.orders}).
     *
     * @return empty when the two agree
     */
    List<String> changesTo(SchemaSnapshot later) {
        Set<String> lines = new LinkedHashSet<>();
        later.extensions.stream().filter(name -> !extensions.contains(name)).forEach(name ->
                lines.add("add_extension " + name));
        extensions.stream().filter(name -> !later.extensions.contains(name)).forEach(name ->
                lines.add("remove_extension " + name));
        SchemaComparator comparator = new SchemaComparator(
                ComparisonOptions.forServer(serverVersionNum).withServerDefaults(true));
        comparator.compare(model, later.model).operations().forEach(op -> lines.add(describe(op)));
        // Autogenerate never drops a schema or an index that entities cannot express, so the comparator only notes
        // one that the later snapshot lacks. Compared the other way round it is an operation, whose reverse says
        // what went; the set drops what the first comparison said already.
        for (SchemaOperation op : comparator.compare(later.model, model).operations()) {
            if (op instanceof CreateSchema || op instanceof CreateIndex) {
                lines.add(describe(op.reverse()));
            }
        }
        return List.copyOf(lines);
    }

    private static String describe(SchemaOperation operation) {
        return OperationDescriptions.describe(operation);
    }
}
