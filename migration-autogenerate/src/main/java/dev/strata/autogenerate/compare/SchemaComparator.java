package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.compare.OperationPlan.Phase;
import dev.strata.autogenerate.operations.AddForeignKey;
import dev.strata.autogenerate.operations.AlterSequence;
import dev.strata.autogenerate.operations.CreateSchema;
import dev.strata.autogenerate.operations.CreateSequence;
import dev.strata.autogenerate.operations.CreateTable;
import dev.strata.autogenerate.operations.DropForeignKey;
import dev.strata.autogenerate.operations.DropSequence;
import dev.strata.autogenerate.operations.DropTable;
import dev.strata.autogenerate.schema.EnumType;
import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Sequence;
import dev.strata.autogenerate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares the database ({@code current}) with the entities ({@code target}) into the operations that turn
 * one into the other (Alembic's {@code compare_metadata} and {@code produce_migrations}).
 *
 * <p>What is compared: the schemas either model lists. A schema only the entities have is created; one only
 * the database has is reported and never dropped, because a schema may hold what no model shows (functions,
 * views, grants) and dropping it is never a routine change. Tables are matched by name and never renamed;
 * a drop and a create that look alike are reported as a {@link PossibleRename}. Columns are compared by
 * type, nullability, identity, comment and, when asked, server default; constraints and indexes by structure
 * (see {@link ConstraintComparator}); sequences by everything but their start; enums by their labels.
 *
 * <p>The order is one that runs (see {@link OperationPlan.Phase}): schemas, enums and sequences first; then
 * what goes away (foreign keys, constraints and indexes, tables); then new tables, columns, column changes,
 * dropped columns; then new keys, constraints and indexes and, once every table exists, foreign keys; last
 * the sequences and enums nothing uses any more. Within a phase everything is sorted by name, so two runs
 * over the same models give the same operations.
 */
public final class SchemaComparator {

    private final ComparisonOptions options;

    /**
     * @param options how to compare
     */
    public SchemaComparator(ComparisonOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Compares two models.
     *
     * @param current the database as it is
     * @param target  what the entities need
     * @return the upgrade's operations, and notes on what was found but not acted on
     */
    public ComparisonResult compare(SchemaModel current, SchemaModel target) {
        Set<String> schemas = new TreeSet<>(current.schemas());
        schemas.addAll(target.schemas());
        OperationPlan plan = new OperationPlan();
        List<String> notes = new ArrayList<>();
        for (String schema : schemas) {
            if (!current.schemas().contains(schema)) {
                plan.add(Phase.CREATE_SCHEMAS, new CreateSchema(schema));
            } else if (!target.schemas().contains(schema)) {
                notes.add("schema " + schema + " is in the database but not in the entity model; Strata never"
                        + " drops a schema: drop it by hand if it is no longer needed");
            }
        }
        Map<QualifiedName, Table> currentTables = byName(current.tables(), Table::name, schemas);
        Map<QualifiedName, Table> targetTables = byName(target.tables(), Table::name, schemas);

        EnumComparator enums = new EnumComparator(options, plan);
        enums.compare(List.copyOf(byName(current.enums(), EnumType::name, schemas).values()),
                List.copyOf(byName(target.enums(), EnumType::name, schemas).values()), currentTables, targetTables);
        compareSequences(byName(current.sequences(), Sequence::name, schemas),
                byName(target.sequences(), Sequence::name, schemas), plan);
        compareTables(currentTables, targetTables, plan, notes, enums.defaultsSetByEnums());

        List<PossibleRename> renames = RenameDetector.detect(currentTables, targetTables);
        renames.forEach(rename -> notes.add(describe(rename)));
        return new ComparisonResult(plan.operations(), notes, renames, options.serverVersionNum());
    }

    private void compareTables(Map<QualifiedName, Table> currentTables, Map<QualifiedName, Table> targetTables,
            OperationPlan plan, List<String> notes, Set<ColumnKey> defaultsSetByEnums) {
        ColumnComparator columns = new ColumnComparator(options, plan, defaultsSetByEnums);
        ConstraintComparator constraints = new ConstraintComparator(plan, notes);
        for (Table table : targetTables.values()) {
            Table existing = currentTables.get(table.name());
            if (existing == null) {
                plan.add(Phase.CREATE_TABLES, new CreateTable(withoutForeignKeys(table)));
                sortedForeignKeys(table).forEach(key ->
                        plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table.name(), key)));
            } else {
                columns.compare(existing, table);
                constraints.compare(existing, table);
            }
        }
        List<Table> dropped = currentTables.values().stream()
                .filter(table -> !targetTables.containsKey(table.name())).toList();
        for (Table table : dropped) {
            // Dropped explicitly rather than with the table, so that the downgrade adds them back only after
            // it has re-created every table: tables that reference each other come back too.
            sortedForeignKeys(table).forEach(key ->
                    plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(table.name(), key)));
        }
        for (Table table : DropOrder.of(dropped)) {
            plan.add(Phase.DROP_TABLES, new DropTable(withoutForeignKeys(table)));
        }
    }

    private static void compareSequences(Map<QualifiedName, Sequence> current, Map<QualifiedName, Sequence> target,
            OperationPlan plan) {
        target.forEach((name, sequence) -> {
            Sequence existing = current.get(name);
            if (existing == null) {
                plan.add(Phase.SEQUENCES, new CreateSequence(sequence));
            } else if (!sameOptions(existing, sequence)) {
                plan.add(Phase.SEQUENCES, new AlterSequence(existing, sequence));
            }
        });
        current.forEach((name, sequence) -> {
            if (!target.containsKey(name)) {
                plan.add(Phase.DROP_SEQUENCES, new DropSequence(sequence));
            }
        });
    }

    /** Everything but the start: a live sequence's start is history, its position is its own. */
    private static boolean sameOptions(Sequence a, Sequence b) {
        return a.dataType().equals(b.dataType()) && a.increment() == b.increment() && a.minValue() == b.minValue()
                && a.maxValue() == b.maxValue() && a.cache() == b.cache() && a.cycle() == b.cycle();
    }

    private static List<ForeignKey> sortedForeignKeys(Table table) {
        return table.foreignKeys().stream().sorted(Comparator.comparing(ForeignKey::name)).toList();
    }

    static Table withoutForeignKeys(Table table) {
        return new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(),
                table.indexes(), List.of(), table.checkConstraints(), table.comment());
    }

    private static <T> Map<QualifiedName, T> byName(List<T> items, Function<T, QualifiedName> name,
            Set<String> schemas) {
        Map<QualifiedName, T> byName = new TreeMap<>();
        items.stream().filter(item -> schemas.contains(name.apply(item).schema()))
                .forEach(item -> byName.put(name.apply(item), item));
        return byName;
    }

    private static String describe(PossibleRename rename) {
        if (rename instanceof PossibleRename.OfTable table) {
            return "table " + table.from() + " is dropped and " + table.to() + " created with the same columns:"
                    + " if it was renamed, edit the revision to rename it instead";
        }
        PossibleRename.OfColumn column = (PossibleRename.OfColumn) rename;
        return "column " + column.table() + "." + column.from() + " is dropped and " + column.to() + " added with"
                + " the same type: if it was renamed, edit the revision to rename it instead";
    }
}
