package dev.strata.internal.lint;

import java.util.List;

/**
 * What a statement of a revision does, as far as the lint rules care: the statements that create, change, lock or
 * rewrite tables. Parsed by {@link DdlParser}, judged by {@link StatementChecks}; statements of any other kind
 * (queries, {@code INSERT}, functions, ...) have no model and are never findings.
 */
sealed interface DdlStatement {

    /**
     * {@code CREATE TABLE}.
     *
     * @param ifNotExists written {@code IF NOT EXISTS}, so the table may already be there, with rows
     * @param columns     the columns it defines (none for {@code AS SELECT}, {@code PARTITION OF}, ...)
     */
    record CreateTable(RelationName table, boolean ifNotExists, List<ColumnDefinition> columns)
            implements DdlStatement {
    }

    /** {@code DROP TABLE a, b}. */
    record DropTables(List<RelationName> tables) implements DdlStatement {
    }

    /** {@code ALTER TABLE t action, action ...}. */
    record AlterTable(RelationName table, List<AlterAction> actions) implements DdlStatement {
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] ... ON t}. */
    record CreateIndex(RelationName table, boolean unique, boolean concurrently) implements DdlStatement {
    }

    /** {@code LOCK [TABLE] a, b}. */
    record LockTables(List<RelationName> tables) implements DdlStatement {
    }

    /** {@code VACUUM FULL [a, b]}: no tables means every table of the database. */
    record VacuumFull(List<RelationName> tables) implements DdlStatement {
    }

    /** {@code CLUSTER [t]}: no table means every table clustered before. */
    record Cluster(List<RelationName> tables) implements DdlStatement {
    }
}
