package dev.strata.internal.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * What the statements of one revision read so far did that makes later ones safe: the tables they created, which
 * are new and empty and which no running version of the service uses yet, and the columns a validated
 * {@code CHECK (column IS NOT NULL)} proved free of nulls.
 */
final class RevisionScope {

    private final List<RelationName> newTables = new ArrayList<>();
    private final List<ProvenColumn> notNullColumns = new ArrayList<>();

    private record ProvenColumn(RelationName table, String column) {
    }

    /** Whether an earlier statement of this revision created the table. */
    boolean isNew(RelationName table) {
        return newTables.stream().anyMatch(created -> created.sameTableAs(table));
    }

    /** Whether an earlier statement of this revision proved the column has no nulls. */
    boolean isProvenNotNull(RelationName table, String column) {
        return notNullColumns.stream().anyMatch(proven -> proven.table().sameTableAs(table)
                && proven.column().equals(column));
    }

    /**
     * Takes in what a statement, which has just been judged, changed. {@code CREATE TABLE IF NOT EXISTS} creates
     * nothing new when the table is already there, with its rows, so it does not count.
     */
    void apply(DdlStatement statement, SchemaKnowledge knowledge) {
        if (statement instanceof DdlStatement.CreateTable create && !create.ifNotExists()) {
            newTables.add(create.table());
        } else if (statement instanceof DdlStatement.DropTables drop) {
            drop.tables().forEach(table -> newTables.removeIf(created -> created.sameTableAs(table)));
        } else if (statement instanceof DdlStatement.AlterTable alter) {
            alter.actions().forEach(action -> apply(alter.table(), action, knowledge));
        }
    }

    private void apply(RelationName table, AlterAction action, SchemaKnowledge knowledge) {
        if (action instanceof AlterAction.RenameTable rename && isNew(table)) {
            newTables.removeIf(created -> created.sameTableAs(table));
            newTables.add(table.renamedTo(rename.to()));
        } else if (action instanceof AlterAction.ValidateConstraint validate) {
            String column = knowledge.notNullCheckColumn(table, validate.name());
            if (column != null) {
                notNullColumns.add(new ProvenColumn(table, column));
            }
        } else if (action instanceof AlterAction.AddConstraint check && check.notNullColumn() != null
                && !check.notValid()) {
            notNullColumns.add(new ProvenColumn(table, check.notNullColumn()));
        }
    }
}
