package dev.strata.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The checks of {@code strata lint}: operations that are safe on an empty development database and dangerous on a
 * live one, because they lose data, lock a busy table for as long as they scan or rewrite it, or break the version
 * of the service that is still running during a rollout. Each has the id that findings carry and that
 * {@code -- strata:lint-ignore <rule-id> <reason>} names; docs/lint.md explains each one.
 */
public enum LintRule {

    /** {@code DROP TABLE}: the table's rows are gone, and a downgrade cannot bring them back. */
    DROP_TABLE("drop-table"),
    /** {@code ALTER TABLE ... DROP COLUMN}: the column's data is gone. */
    DROP_COLUMN("drop-column"),
    /** {@code ADD COLUMN ... NOT NULL} with nothing to fill existing rows: fails on a table that has rows. */
    ADD_COLUMN_NOT_NULL_WITHOUT_DEFAULT("add-column-not-null-without-default"),
    /** {@code ALTER COLUMN ... SET NOT NULL}: scans the whole table under an ACCESS EXCLUSIVE lock. */
    SET_NOT_NULL("set-not-null"),
    /** {@code ALTER COLUMN ... TYPE}: rewrites the table and its indexes, unless the type only widens. */
    ALTER_COLUMN_TYPE("alter-column-type"),
    /** {@code CREATE INDEX} without {@code CONCURRENTLY}: blocks writes while the index is built. */
    CREATE_INDEX_NOT_CONCURRENTLY("create-index-not-concurrently"),
    /** {@code ADD FOREIGN KEY} (or {@code REFERENCES}) without {@code NOT VALID}: checks every row under a lock. */
    ADD_FOREIGN_KEY_WITHOUT_NOT_VALID("add-foreign-key-without-not-valid"),
    /** {@code ADD CHECK} without {@code NOT VALID}: scans every row under an ACCESS EXCLUSIVE lock. */
    ADD_CHECK_WITHOUT_NOT_VALID("add-check-without-not-valid"),
    /** {@code ADD UNIQUE} or {@code ADD PRIMARY KEY} without {@code USING INDEX}: builds the index under a lock. */
    ADD_UNIQUE_CONSTRAINT("add-unique-constraint"),
    /** {@code ALTER TABLE ... RENAME TO}: the running version still uses the old name. */
    RENAME_TABLE("rename-table"),
    /** {@code ALTER TABLE ... RENAME COLUMN}: the running version still uses the old name. */
    RENAME_COLUMN("rename-column"),
    /** {@code ADD COLUMN} with a volatile default ({@code random()}, a sequence): rewrites the table. */
    VOLATILE_DEFAULT("volatile-default"),
    /** {@code LOCK TABLE}: holds the lock until the revision commits. */
    LOCK_TABLE("lock-table"),
    /** {@code VACUUM FULL}: rewrites the table under an ACCESS EXCLUSIVE lock. */
    VACUUM_FULL("vacuum-full"),
    /** {@code CLUSTER}: rewrites the table under an ACCESS EXCLUSIVE lock. */
    CLUSTER("cluster"),
    /** An empty downgrade section not declared {@code -- irreversible}: a downgrade that silently does nothing. */
    MISSING_DOWNGRADE("missing-downgrade");

    private final String id;

    LintRule(String id) {
        this.id = id;
    }

    /** The id findings carry and {@code -- strata:lint-ignore} names, such as {@code drop-table}. */
    public String id() {
        return id;
    }

    /** The rule with this id, if there is one. */
    public static Optional<LintRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    /** Every rule's id, in the order of this enum. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(LintRule::id).toList();
    }
}
