package dev.strata.autogenerate;

import dev.strata.MigrationListener;
import dev.strata.NewRevision;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.autogenerate.compare.ComparisonOptions;
import dev.strata.autogenerate.compare.ComparisonResult;
import dev.strata.autogenerate.compare.SchemaComparator;
import dev.strata.autogenerate.render.MigrationScript;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.driver.JdbcDriver;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code revision --autogenerate} and {@code check}: compares the schema the revisions build with the schema the
 * entities describe, and writes the difference as a revision with an upgrade and a derived downgrade.
 *
 * <p>The revisions' side is the development database when one is given (it must be at head, as Alembic
 * requires), else a scratch database on an embedded PostgreSQL migrated to head. The entities' side is a scratch
 * database holding exactly what the ORM's schema export creates. Both are read by the same introspector, so
 * equal things are spelled equally, and compared into operations.
 *
 * <pre>{@code
 * Comparison diff = Autogenerate.of(strata, entities).compare();
 * Optional<Path> file = Autogenerate.of(strata, entities).revision(NewRevision.of("Add email"), dir);
 * }</pre>
 */
public final class Autogenerate {

    private static final Logger LOG = LoggerFactory.getLogger(Autogenerate.class);

    private final Strata strata;
    private final EntitySchema entities;
    private final DataSource database;
    private final String databaseDescription;
    private final boolean compareServerDefaults;

    private Autogenerate(Strata strata, EntitySchema entities, DataSource database, String databaseDescription,
            boolean compareServerDefaults) {
        this.strata = Objects.requireNonNull(strata, "strata must not be null");
        this.entities = Objects.requireNonNull(entities, "entities must not be null");
        this.database = database;
        this.databaseDescription = databaseDescription;
        this.compareServerDefaults = compareServerDefaults;
    }

    /** Compares the entities with the revisions applied to a scratch database (no development database). */
    public static Autogenerate of(Strata strata, EntitySchema entities) {
        return new Autogenerate(strata, entities, null, null, false);
    }

    /** Compares with this development database instead, which must be at head. */
    public Autogenerate database(DataSource dataSource, String description) {
        return new Autogenerate(strata, entities, Objects.requireNonNull(dataSource, "dataSource must not be null"),
                description, compareServerDefaults);
    }

    /** Also compares server defaults (off by default, as in Alembic: their spellings vary too much). */
    public Autogenerate compareServerDefaults(boolean compare) {
        return new Autogenerate(strata, entities, database, databaseDescription, compare);
    }

    /**
     * The differences between the entities and the revisions.
     *
     * @throws StrataException when the development database is not at head, the entities' DDL does not run, or
     *     a database cannot be reached
     */
    public Comparison compare() {
        try (Workspace workspace = Workspace.open()) {
            RevisionsSide side = revisionsSide(workspace);
            SchemaModel target = workspace.entityModel(entities, side.serverVersionNum(), side.extensions());
            SchemaModel current = side.introspect(target.schemas());
            ComparisonOptions options = ComparisonOptions.forServer(side.serverVersionNum())
                    .withServerDefaults(compareServerDefaults);
            ComparisonResult result = new SchemaComparator(options).compare(current, target);
            return new Comparison(result, MigrationScript.of(result, side.defaultSchema()));
        }
    }

    /**
     * {@code revision --autogenerate}: writes the differences as a new revision on top of {@code request}'s head,
     * or writes nothing when there are none.
     *
     * @return the new file, or empty for "No changes detected"
     */
    public Optional<Path> revision(NewRevision request, Path directory) {
        return revision(compare(), request, directory);
    }

    /**
     * Writes a comparison made by {@link #compare()} as a new revision, or nothing when it is empty.
     *
     * @return the new file, or empty for "No changes detected"
     */
    public Optional<Path> revision(Comparison comparison, NewRevision request, Path directory) {
        if (comparison.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(strata.revision(new NewRevision(request.message(), request.head(), request.branchLabel(),
                request.dependsOn(), request.revId(), request.splice(), comparison.script().upgradeSql(),
                comparison.script().downgradeSql(), comparison.script().transactional()), directory));
    }

    private RevisionsSide revisionsSide(Workspace workspace) {
        if (database != null) {
            Strata onDatabase = strata.withDatabase(new JdbcDriver(database, databaseDescription),
                    new MigrationListener() { });
            requireAtHead(onDatabase);
            return RevisionsSide.of(database, strata.configuration());
        }
        LOG.info("No database configured: applying the revisions to an embedded PostgreSQL");
        DataSource scratch = workspace.scratchDatabase("revisions");
        strata.withDatabase(new JdbcDriver(scratch, "the embedded scratch database"), new MigrationListener() { })
                .upgrade(Strata.HEADS);
        return RevisionsSide.of(scratch, strata.configuration());
    }

    /** Alembic refuses to autogenerate against a database that is not at head; so does Strata. */
    private static void requireAtHead(Strata onDatabase) {
        List<RevisionInfo> pending = onDatabase.pending(Strata.HEADS);
        if (!pending.isEmpty()) {
            throw new StrataException("Target database is not up to date: " + pending.size() + " revision"
                    + (pending.size() == 1 ? " is" : "s are") + " not applied (" + String.join(", ",
                    pending.stream().map(RevisionInfo::id).toList()) + "). Run 'upgrade heads' first, or leave the"
                    + " URL out to compare against an embedded database migrated to head");
        }
    }
}
