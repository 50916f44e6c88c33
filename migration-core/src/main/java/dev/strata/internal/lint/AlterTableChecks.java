package dev.strata.internal.lint;

import dev.strata.format.SqlQuoting;
import dev.strata.lint.LintRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The lint rules for the actions of an {@code ALTER TABLE} on a table that exists before the revision runs, and so
 * may be large and busy: a statement holds its ACCESS EXCLUSIVE lock for as long as it scans or rewrites the table,
 * and every query of the service waits behind it.
 */
final class AlterTableChecks {

    private static final String ROLLOUT = ": instances of the running version still use the old name until the"
            + " rollout ends, and fail";

    private final RelationName table;
    private final RevisionScope scope;
    private final SchemaKnowledge knowledge;
    private final List<Violation> violations = new ArrayList<>();

    private AlterTableChecks(RelationName table, RevisionScope scope, SchemaKnowledge knowledge) {
        this.table = table;
        this.scope = scope;
        this.knowledge = knowledge;
    }

    /** The rules the actions of {@code alter} break. */
    static List<Violation> check(DdlStatement.AlterTable alter, RevisionScope scope, SchemaKnowledge knowledge) {
        AlterTableChecks checks = new AlterTableChecks(alter.table(), scope, knowledge);
        alter.actions().forEach(checks::check);
        return List.copyOf(checks.violations);
    }

    private void check(AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            addColumn(add.column(), add.line());
        } else if (action instanceof AlterAction.DropColumn drop) {
            report(LintRule.DROP_COLUMN, drop.line(), "drops column " + column(drop.column()) + " and its data",
                    "Deploy a version of the service that no longer reads or writes the column first (remove the"
                            + " field from the entity), and keep a copy if the data may be needed again: a downgrade"
                            + " can add the column back, not its data.");
        } else if (action instanceof AlterAction.AlterColumnType change) {
            alterColumnType(change);
        } else if (action instanceof AlterAction.SetNotNull setNotNull) {
            setNotNull(setNotNull);
        } else if (action instanceof AlterAction.AddConstraint constraint) {
            addConstraint(constraint);
        } else if (action instanceof AlterAction.RenameColumn rename) {
            report(LintRule.RENAME_COLUMN, rename.line(), "renames column " + column(rename.from()) + " to "
                    + SqlQuoting.identifier(rename.to()) + ROLLOUT,
                    "Add the new column, write to both and backfill it, move reads to it, then drop the old column"
                            + " in a later release.");
        } else if (action instanceof AlterAction.RenameTable rename) {
            String newName = table.renamedTo(rename.to()).display();
            report(LintRule.RENAME_TABLE, rename.line(), "renames table " + table.display() + " to " + newName
                    + ROLLOUT, "In the same revision, CREATE VIEW " + table.display() + " AS SELECT * FROM " + newName
                    + " keeps the old name working (a simple view takes writes too); drop the view in a later"
                    + " release.");
        }
    }

    private void addColumn(ColumnDefinition column, int line) {
        String name = column(column.name());
        if (column.notNull() && !column.fillsRows()) {
            report(LintRule.ADD_COLUMN_NOT_NULL_WITHOUT_DEFAULT, line, "adds NOT NULL column " + name + " without a"
                    + " default, which fails as soon as the table has a row",
                    "Add the column nullable (or with a constant DEFAULT), backfill it, then make it NOT NULL in a"
                            + " later revision (see set-not-null for doing that without a long lock).");
        }
        if (column.volatileDefault() != null) {
            String source = column.volatileDefault().endsWith("()") ? "default " + column.volatileDefault()
                    : column.volatileDefault();
            report(LintRule.VOLATILE_DEFAULT, line, "adds column " + name + " with " + source + ", which computes a"
                    + " value for every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock",
                    "Add the column without a default (or with a constant one), then SET DEFAULT for new rows in"
                            + " another statement (instant), and backfill the existing rows in batches.");
        }
        if (column.unique() || column.primaryKey()) {
            String constraint = column.primaryKey() ? "PRIMARY KEY" : "UNIQUE";
            report(LintRule.ADD_UNIQUE_CONSTRAINT, line, "adds column " + name + " " + constraint + ": its index is"
                    + " built under an ACCESS EXCLUSIVE lock, blocking reads and writes",
                    "Add the column alone, CREATE UNIQUE INDEX CONCURRENTLY in a '-- transactional: false' revision,"
                            + " then ADD CONSTRAINT ... " + constraint + " USING INDEX.");
        }
        if (column.references() != null) {
            report(LintRule.ADD_FOREIGN_KEY_WITHOUT_NOT_VALID, line, "adds column " + name + " REFERENCES "
                    + column.references().display() + ": every row is checked while writes to both tables are"
                    + " blocked", "Add the column alone, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, and"
                    + " VALIDATE CONSTRAINT in a later revision.");
        }
    }

    private void alterColumnType(AlterAction.AlterColumnType change) {
        String before = knowledge.columnType(table, change.column());
        if (!change.using() && before != null && TypeText.isFreeChange(before, change.type())) {
            return;
        }
        String what = before == null ? "changes the type of " + column(change.column()) + " to " + change.type()
                : "changes " + column(change.column()) + " from " + before + " to " + change.type();
        report(LintRule.ALTER_COLUMN_TYPE, change.line(), what + (change.using() ? " (with USING or COLLATE)" : "")
                + ": rewrites the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock",
                "Only a longer varchar, varchar to text, or a numeric with more digits is a catalog change. Otherwise"
                        + " add a column of the new type, backfill it in batches, move the service to it, then drop"
                        + " the old column.");
    }

    private void setNotNull(AlterAction.SetNotNull setNotNull) {
        if (scope.isProvenNotNull(table, setNotNull.column())) {
            return;
        }
        String column = SqlQuoting.identifier(setNotNull.column());
        report(LintRule.SET_NOT_NULL, setNotNull.line(), "sets " + column(setNotNull.column()) + " NOT NULL,"
                + " which scans the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes",
                "ADD CONSTRAINT ... CHECK (" + column + " IS NOT NULL) NOT VALID first; then, in one revision,"
                        + " VALIDATE CONSTRAINT (scans without blocking writes), SET NOT NULL (PostgreSQL 12+ skips"
                        + " the scan) and DROP CONSTRAINT.");
    }

    private void addConstraint(AlterAction.AddConstraint constraint) {
        String named = constraint.name() == null ? "" : " " + SqlQuoting.identifier(constraint.name());
        String validate = "VALIDATE CONSTRAINT" + (constraint.name() == null ? "" : named);
        if (constraint.kind() == AlterAction.Kind.CHECK && !constraint.notValid()) {
            report(LintRule.ADD_CHECK_WITHOUT_NOT_VALID, constraint.line(), "adds CHECK constraint" + named + " on "
                    + table.display() + " without NOT VALID: every row is checked under an ACCESS EXCLUSIVE lock",
                    "Add it NOT VALID (new rows are checked at once), then " + validate + " in a later revision: it"
                            + " checks the existing rows without blocking writes.");
        } else if (constraint.kind() == AlterAction.Kind.FOREIGN_KEY && !constraint.notValid()) {
            String referenced = constraint.references() == null ? "the referenced table"
                    : constraint.references().display();
            report(LintRule.ADD_FOREIGN_KEY_WITHOUT_NOT_VALID, constraint.line(), "adds FOREIGN KEY" + named + " on "
                    + table.display() + " without NOT VALID: every row is checked while writes to " + table.display()
                    + " and " + referenced + " are blocked",
                    "Add it NOT VALID (new rows are checked at once), then " + validate + " in a later revision: it"
                            + " checks the existing rows without blocking writes.");
        } else if ((constraint.kind() == AlterAction.Kind.UNIQUE || constraint.kind() == AlterAction.Kind.PRIMARY_KEY)
                && !constraint.usingIndex()) {
            String kind = constraint.kind() == AlterAction.Kind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
            String index = constraint.name() == null ? "an index" : named.strip();
            report(LintRule.ADD_UNIQUE_CONSTRAINT, constraint.line(), "adds " + kind + " constraint" + named + " on "
                    + table.display() + ": its index is built under an ACCESS EXCLUSIVE lock, blocking reads and"
                    + " writes", "CREATE UNIQUE INDEX CONCURRENTLY " + index + " ON " + table.display() + " (...) in a"
                    + " '-- transactional: false' revision, then ADD CONSTRAINT" + (constraint.name() == null
                    ? " ..." : named) + " " + kind + " USING INDEX " + index + ".");
        }
    }

    private String column(String name) {
        return table.display() + "." + SqlQuoting.identifier(name);
    }

    private void report(LintRule rule, int line, String message, String advice) {
        violations.add(new Violation(rule, line, message, advice));
    }
}
