package dev.strata.internal.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the SQL revisions read so far, in upgrade order, say about the schema that the rules need: each column's
 * type (is a type change a free widening?) and which check constraints test {@code column IS NOT NULL} (does a
 * {@code VALIDATE CONSTRAINT} prove a column has no nulls?). Java revisions and SQL the parser does not read leave
 * gaps; a rule that finds a gap assumes the worst.
 */
final class SchemaKnowledge {

    private final List<TableColumns> tables = new ArrayList<>();
    private final List<NotNullCheck> notNullChecks = new ArrayList<>();

    private record TableColumns(RelationName table, Map<String, String> types) {
    }

    private record NotNullCheck(RelationName table, String constraint, String column) {
    }

    /** The column's type as the revisions define it, or null when they do not say. */
    String columnType(RelationName table, String column) {
        TableColumns columns = find(table);
        return columns == null ? null : columns.types().get(column);
    }

    /** The column a check constraint of the table tests for {@code IS NOT NULL}, or null. */
    String notNullCheckColumn(RelationName table, String constraint) {
        for (NotNullCheck check : notNullChecks) {
            if (check.table().sameTableAs(table) && check.constraint().equals(constraint)) {
                return check.column();
            }
        }
        return null;
    }

    /** Takes in what a statement, which has just been judged, changed. */
    void apply(DdlStatement statement) {
        if (statement instanceof DdlStatement.CreateTable create) {
            if (create.ifNotExists() && find(create.table()) != null) {
                return;
            }
            tables.remove(find(create.table()));
            Map<String, String> types = new LinkedHashMap<>();
            create.columns().forEach(column -> types.put(column.name(), column.type()));
            tables.add(new TableColumns(create.table(), types));
        } else if (statement instanceof DdlStatement.DropTables drop) {
            drop.tables().forEach(table -> tables.remove(find(table)));
        } else if (statement instanceof DdlStatement.AlterTable alter) {
            alter.actions().forEach(action -> apply(alter.table(), action));
        }
    }

    private void apply(RelationName table, AlterAction action) {
        if (action instanceof AlterAction.AddConstraint constraint && constraint.notNullColumn() != null
                && constraint.name() != null) {
            notNullChecks.add(new NotNullCheck(table, constraint.name(), constraint.notNullColumn()));
            return;
        }
        TableColumns columns = find(table);
        if (columns == null && action instanceof AlterAction.AddColumn) {
            // A table some Java revision created: what is added to it is still known.
            columns = new TableColumns(table, new LinkedHashMap<>());
            tables.add(columns);
        }
        if (columns == null) {
            return;
        }
        if (action instanceof AlterAction.AddColumn add) {
            columns.types().put(add.column().name(), add.column().type());
        } else if (action instanceof AlterAction.DropColumn drop) {
            columns.types().remove(drop.column());
        } else if (action instanceof AlterAction.AlterColumnType change) {
            columns.types().put(change.column(), change.type());
        } else if (action instanceof AlterAction.RenameColumn rename) {
            String type = columns.types().remove(rename.from());
            if (type != null) {
                columns.types().put(rename.to(), type);
            }
        } else if (action instanceof AlterAction.RenameTable rename) {
            tables.set(tables.indexOf(columns), new TableColumns(columns.table().renamedTo(rename.to()),
                    columns.types()));
        }
    }

    private TableColumns find(RelationName table) {
        for (TableColumns columns : tables) {
            if (columns.table().sameTableAs(table)) {
                return columns;
            }
        }
        return null;
    }
}
