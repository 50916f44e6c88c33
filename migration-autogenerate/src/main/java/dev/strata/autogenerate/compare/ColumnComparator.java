package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.compare.OperationPlan.Phase;
import dev.strata.autogenerate.operations.AddColumn;
import dev.strata.autogenerate.operations.AlterColumnComment;
import dev.strata.autogenerate.operations.AlterColumnDefault;
import dev.strata.autogenerate.operations.AlterColumnIdentity;
import dev.strata.autogenerate.operations.AlterColumnNullable;
import dev.strata.autogenerate.operations.AlterColumnType;
import dev.strata.autogenerate.operations.AlterTableComment;
import dev.strata.autogenerate.operations.DropColumn;
import dev.strata.autogenerate.operations.SchemaOperation;
import dev.strata.autogenerate.operations.TypeConversion;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the columns and the comment of a table present on both sides. Columns are matched by name; their
 * order is not compared (as in Alembic: PostgreSQL cannot reorder columns, and order rarely matters).
 */
final class ColumnComparator {

    private final ComparisonOptions options;
    private final OperationPlan plan;
    /** Columns whose default a {@code ReplaceEnum} already brings to the target's. */
    private final Set<ColumnKey> defaultsSetByEnums;

    ColumnComparator(ComparisonOptions options, OperationPlan plan, Set<ColumnKey> defaultsSetByEnums) {
        this.options = options;
        this.plan = plan;
        this.defaultsSetByEnums = defaultsSetByEnums;
    }

    void compare(Table current, Table target) {
        QualifiedName table = target.name();
        if (!Objects.equals(current.comment(), target.comment())) {
            plan.add(Phase.ALTER_COLUMNS, new AlterTableComment(table, current.comment(), target.comment()));
        }
        // Added in the entity's column order, so that the table's columns line up with the entity's.
        for (Column column : target.columns()) {
            if (current.column(column.name()).isEmpty()) {
                plan.add(Phase.ADD_COLUMNS, new AddColumn(table, column));
            }
        }
        current.columns().stream().sorted(Comparator.comparing(Column::name)).forEach(column ->
                target.column(column.name()).ifPresentOrElse(
                        changed -> plan.addAll(Phase.ALTER_COLUMNS, alterations(table, column, changed)),
                        () -> plan.add(Phase.DROP_COLUMNS, new DropColumn(table, column))));
    }

    /**
     * The changes of one column, in an order PostgreSQL accepts: a default that goes away before the type
     * changes (PostgreSQL cannot always convert it) and before the column becomes an identity column (which
     * must have none); {@code NOT NULL} before identity (which requires it); a new default last.
     */
    private List<SchemaOperation> alterations(QualifiedName table, Column from, Column to) {
        String column = from.name();
        List<SchemaOperation> first = new ArrayList<>();
        List<SchemaOperation> last = new ArrayList<>();
        boolean typeChanges = !TypeEquivalence.equivalent(from.type(), to.type());
        boolean identityChanges = from.identity() != to.identity();
        boolean castsDefault = typeChanges && from.defaultExpression() != null
                && !new TypeConversion(from.type(), to.type()).isAutomatic();
        boolean defaultDiffers = !Objects.equals(from.defaultExpression(), to.defaultExpression())
                && !defaultsSetByEnums.contains(new ColumnKey(table, column));
        if (castsDefault) {
            // With USING, PostgreSQL cannot convert the old default: drop it around the conversion.
            first.add(new AlterColumnDefault(table, column, from.defaultExpression(), null));
            if (to.defaultExpression() != null) {
                last.add(new AlterColumnDefault(table, column, null, to.defaultExpression()));
            }
        } else if (defaultDiffers && (options.compareServerDefaults() || identityChanges)) {
            AlterColumnDefault change =
                    new AlterColumnDefault(table, column, from.defaultExpression(), to.defaultExpression());
            (to.defaultExpression() == null ? first : last).add(change);
        }

        List<SchemaOperation> operations = new ArrayList<>(first);
        if (typeChanges) {
            operations.add(new AlterColumnType(table, column, from.type(), to.type()));
        }
        if (from.nullable() && !to.nullable()) {
            operations.add(new AlterColumnNullable(table, column, false));
        }
        if (identityChanges) {
            operations.add(new AlterColumnIdentity(table, column, from.identity(), to.identity()));
        }
        if (!from.nullable() && to.nullable()) {
            operations.add(new AlterColumnNullable(table, column, true));
        }
        operations.addAll(last);
        if (!Objects.equals(from.comment(), to.comment())) {
            operations.add(new AlterColumnComment(table, column, from.comment(), to.comment()));
        }
        return operations;
    }
}
