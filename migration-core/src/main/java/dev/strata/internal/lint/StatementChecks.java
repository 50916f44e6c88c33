package dev.strata.internal.lint;

import dev.strata.lint.LintRule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lint rules for whole statements, and the way into {@link AlterTableChecks} for the actions of an
 * {@code ALTER TABLE}. A statement on a table that an earlier statement of the same revision created breaks no
 * rule: the table is empty, and no running version of the service uses it yet.
 */
final class StatementChecks {

    private StatementChecks() {
    }

    /**
     * The rules {@code statement} breaks.
     *
     * @param line      the statement's file line
     * @param scope     what earlier statements of the revision did
     * @param knowledge what earlier revisions (and statements) say about the schema
     */
    static List<Violation> check(DdlStatement statement, int line, RevisionScope scope, SchemaKnowledge knowledge) {
        if (statement instanceof DdlStatement.AlterTable alter) {
            return scope.isNew(alter.table()) ? List.of() : AlterTableChecks.check(alter, scope, knowledge);
        }
        if (statement instanceof DdlStatement.DropTables drop) {
            return dropTables(existing(drop.tables(), scope), line);
        }
        if (statement instanceof DdlStatement.CreateIndex index) {
            return index.concurrently() || scope.isNew(index.table()) ? List.of() : createIndex(index, line);
        }
        if (statement instanceof DdlStatement.LockTables lock) {
            return lockTables(existing(lock.tables(), scope), line);
        }
        if (statement instanceof DdlStatement.VacuumFull vacuum) {
            return rewrite(LintRule.VACUUM_FULL, "VACUUM FULL", "every table of the database", vacuum.tables(), scope,
                    line,
                    "Leave free space to autovacuum, or reclaim it online with pg_repack or pg_squeeze, outside the"
                            + " migrations.");
        }
        if (statement instanceof DdlStatement.Cluster cluster) {
            return rewrite(LintRule.CLUSTER, "CLUSTER", "every table clustered before", cluster.tables(), scope,
                    line,
                    "Run it in a maintenance window outside the migrations, or reorder the table online with"
                            + " pg_repack --order-by.");
        }
        return List.of();
    }

    private static List<RelationName> existing(List<RelationName> tables, RevisionScope scope) {
        return tables.stream().filter(table -> !scope.isNew(table)).toList();
    }

    private static List<Violation> dropTables(List<RelationName> tables, int line) {
        if (tables.isEmpty()) {
            return List.of();
        }
        boolean one = tables.size() == 1;
        return List.of(new Violation(LintRule.DROP_TABLE, line, "drops " + (one ? "table " : "tables ") + names(tables)
                + (one ? " and all its rows" : " and all their rows"),
                "Deploy a version of the service that no longer uses " + (one ? "it" : "them") + " first, and keep a"
                        + " copy if the data may be needed again: a downgrade can recreate a table, not its rows."));
    }

    private static List<Violation> createIndex(DdlStatement.CreateIndex index, int line) {
        String create = index.unique() ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
        return List.of(new Violation(LintRule.CREATE_INDEX_NOT_CONCURRENTLY, line, "creates "
                + (index.unique() ? "a unique index" : "an index") + " on " + index.table().display()
                + " without CONCURRENTLY, blocking every write to the table while it is built",
                "Use " + create + " CONCURRENTLY, in a revision of its own declared '-- transactional: false' (and"
                        + " DROP INDEX CONCURRENTLY in its downgrade)."));
    }

    private static List<Violation> lockTables(List<RelationName> tables, int line) {
        if (tables.isEmpty()) {
            return List.of();
        }
        return List.of(new Violation(LintRule.LOCK_TABLE, line, "locks " + names(tables) + " until the revision"
                + " commits (ACCESS EXCLUSIVE unless a mode is given), blocking the service",
                "Let each statement take the lock it needs. If an explicit lock is really needed, take the weakest"
                        + " mode that works, keep the revision short, and SET lock_timeout so that it fails fast"
                        + " instead of queueing the service behind it."));
    }

    /** VACUUM FULL and CLUSTER, which without a table name work on {@code everything}. */
    private static List<Violation> rewrite(LintRule rule, String command, String everything,
            List<RelationName> tables, RevisionScope scope, int line, String advice) {
        List<RelationName> existing = existing(tables, scope);
        if (!tables.isEmpty() && existing.isEmpty()) {
            return List.of();
        }
        String what = tables.isEmpty() ? everything : names(existing);
        return List.of(new Violation(rule, line, "rewrites " + what + " with " + command + " under an ACCESS"
                + " EXCLUSIVE lock, blocking reads and writes for as long as it runs", advice));
    }

    static String names(List<RelationName> tables) {
        return tables.stream().map(RelationName::display).collect(Collectors.joining(", "));
    }
}
