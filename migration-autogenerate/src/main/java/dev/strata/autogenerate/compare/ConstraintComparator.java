package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.compare.OperationPlan.Phase;
import dev.strata.autogenerate.operations.AddCheckConstraint;
import dev.strata.autogenerate.operations.AddForeignKey;
import dev.strata.autogenerate.operations.AddPrimaryKey;
import dev.strata.autogenerate.operations.AddUniqueConstraint;
import dev.strata.autogenerate.operations.CreateIndex;
import dev.strata.autogenerate.operations.DropCheckConstraint;
import dev.strata.autogenerate.operations.DropForeignKey;
import dev.strata.autogenerate.operations.DropIndex;
import dev.strata.autogenerate.operations.DropPrimaryKey;
import dev.strata.autogenerate.operations.DropUniqueConstraint;
import dev.strata.autogenerate.operations.IndexDefinitions;
import dev.strata.autogenerate.schema.CheckConstraint;
import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Table;
import dev.strata.autogenerate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares the keys, constraints and indexes of a table present on both sides. Everything is matched by
 * structure, never by name, so that a database whose names some other tool chose (Alembic's naming
 * conventions, a Flyway script, PostgreSQL's defaults) does not churn: a primary key by its columns, a unique
 * constraint by its column list, a foreign key by columns, referenced table, referenced columns and actions,
 * a check by its definition, a plain index by columns, uniqueness and method (and by its definition when that
 * holds more: sort order, {@code INCLUDE} columns, operator classes), any other index by its definition with
 * its name taken out. A plain unique index and a unique constraint over the same columns
 * enforce the same thing, so they match each other too.
 *
 * <p>An index that is not plain and exists only in the database is reported, not dropped: entity mappings
 * cannot express expression or partial indexes, so its absence there says nothing.
 */
final class ConstraintComparator {

    private record ForeignKeyShape(List<String> columns, QualifiedName referencedTable,
            List<String> referencedColumns, String onUpdate, String onDelete) {

        static ForeignKeyShape of(ForeignKey key) {
            return new ForeignKeyShape(key.columns(), key.referencedTable(), key.referencedColumns(),
                    key.onUpdate(), key.onDelete());
        }
    }

    /** What sets a plain index apart: its columns, and its definition when that says more than they do. */
    private record IndexShape(List<String> columns, boolean unique, String method, String details) {

        static IndexShape of(QualifiedName table, Index index) {
            String details = IndexDefinitions.fieldsSayAll(table, index) ? null : IndexDefinitions.withoutName(index);
            return new IndexShape(index.columns(), index.unique(), index.method(), details);
        }
    }

    private final OperationPlan plan;
    private final List<String> notes;

    ConstraintComparator(OperationPlan plan, List<String> notes) {
        this.plan = plan;
        this.notes = notes;
    }

    void compare(Table current, Table target) {
        compareForeignKeys(current, target);
        compareKeysChecksAndIndexes(current, target);
    }

    private void compareForeignKeys(Table current, Table target) {
        QualifiedName table = target.name();
        Matching<ForeignKey, ForeignKey> foreignKeys =
                Matching.byKey(current.foreignKeys(), target.foreignKeys(), ForeignKeyShape::of);
        sorted(foreignKeys.onlyCurrent(), ForeignKey::name)
                .forEach(key -> plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(table, key)));
        sorted(foreignKeys.onlyTarget(), ForeignKey::name)
                .forEach(key -> plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table, key)));
    }

    /** Drops go indexes, checks, uniques, primary key; adds the other way round, so keys exist first. */
    private void compareKeysChecksAndIndexes(Table current, Table target) {
        QualifiedName table = target.name();
        Matching<Index, Index> plainIndexes = Matching.byKey(plain(current, true), plain(target, true),
                index -> IndexShape.of(table, index));
        Matching<UniqueConstraint, UniqueConstraint> uniques = Matching.byKey(current.uniqueConstraints(),
                target.uniqueConstraints(), UniqueConstraint::columns);
        // A unique constraint on one side and a plain unique index on the other enforce the same thing.
        Matching<Index, UniqueConstraint> indexesAsUniques = Matching.byKey(plainIndexes.onlyCurrent(),
                uniques.onlyTarget(), ConstraintComparator::uniqueIndexColumns, UniqueConstraint::columns);
        Matching<UniqueConstraint, Index> uniquesAsIndexes = Matching.byKey(uniques.onlyCurrent(),
                plainIndexes.onlyTarget(), UniqueConstraint::columns, ConstraintComparator::uniqueIndexColumns);
        Matching<Index, Index> otherIndexes = Matching.byKey(plain(current, false), plain(target, false),
                IndexDefinitions::withoutName);
        Matching<CheckConstraint, CheckConstraint> checks = Matching.byKey(current.checkConstraints(),
                target.checkConstraints(), check -> CheckExpression.canonical(check.definition()));
        boolean primaryKeyChanges = !Objects.equals(
                current.primaryKey() == null ? null : current.primaryKey().columns(),
                target.primaryKey() == null ? null : target.primaryKey().columns());

        sorted(indexesAsUniques.onlyCurrent(), Index::name)
                .forEach(index -> plan.add(Phase.DROP_CONSTRAINTS, new DropIndex(table, index)));
        sorted(checks.onlyCurrent(), CheckConstraint::name)
                .forEach(check -> plan.add(Phase.DROP_CONSTRAINTS, new DropCheckConstraint(table, check)));
        sorted(uniquesAsIndexes.onlyCurrent(), UniqueConstraint::name)
                .forEach(unique -> plan.add(Phase.DROP_CONSTRAINTS, new DropUniqueConstraint(table, unique)));
        if (primaryKeyChanges && current.primaryKey() != null) {
            plan.add(Phase.DROP_CONSTRAINTS, new DropPrimaryKey(table, current.primaryKey()));
        }
        sorted(otherIndexes.onlyCurrent(), Index::name).forEach(index -> notes.add("index " + index.name()
                + " on " + table + " exists only in the database; it is not a plain index over columns, which"
                + " entity mappings cannot express, so it is left alone: " + index.definition()));

        if (primaryKeyChanges && target.primaryKey() != null) {
            plan.add(Phase.ADD_CONSTRAINTS, new AddPrimaryKey(table, target.primaryKey()));
        }
        sorted(indexesAsUniques.onlyTarget(), UniqueConstraint::name)
                .forEach(unique -> plan.add(Phase.ADD_CONSTRAINTS, new AddUniqueConstraint(table, unique)));
        sorted(checks.onlyTarget(), CheckConstraint::name)
                .forEach(check -> plan.add(Phase.ADD_CONSTRAINTS, new AddCheckConstraint(table, check)));
        List<Index> createdIndexes = new ArrayList<>(uniquesAsIndexes.onlyTarget());
        createdIndexes.addAll(otherIndexes.onlyTarget());
        sorted(createdIndexes, Index::name)
                .forEach(index -> plan.add(Phase.ADD_CONSTRAINTS, new CreateIndex(table, index)));
    }

    /** The plain indexes of a table, or with {@code plain} false all the others. */
    private static List<Index> plain(Table table, boolean plain) {
        return table.indexes().stream().filter(index -> index.isPlain() == plain).toList();
    }

    /** The columns of a unique index, or a key no unique constraint has when the index is not unique. */
    private static Object uniqueIndexColumns(Index index) {
        return index.unique() ? index.columns() : index;
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
