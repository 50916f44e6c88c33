package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.compare.OperationPlan.Phase;
import dev.strata.autogenerate.operations.AddEnumValue;
import dev.strata.autogenerate.operations.CreateEnum;
import dev.strata.autogenerate.operations.DropEnum;
import dev.strata.autogenerate.operations.EnumUsage;
import dev.strata.autogenerate.operations.Quoting;
import dev.strata.autogenerate.operations.ReplaceEnum;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.EnumType;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares enum types. Labels added at their place become {@code ADD VALUE}s; a label removed or moved makes
 * the whole type be replaced, since PostgreSQL can neither drop nor move a label.
 */
final class EnumComparator {

    private final ComparisonOptions options;
    private final OperationPlan plan;
    private final Set<ColumnKey> defaultsSet = new HashSet<>();

    EnumComparator(ComparisonOptions options, OperationPlan plan) {
        this.options = options;
        this.plan = plan;
    }

    /**
     * Emits the enum operations.
     *
     * @param currentTables the database's tables, whose columns a replacement must convert
     * @param targetTables  the entities' tables, for the defaults those columns end with
     */
    void compare(List<EnumType> current, List<EnumType> target, Map<QualifiedName, Table> currentTables,
            Map<QualifiedName, Table> targetTables) {
        Map<QualifiedName, EnumType> before = byName(current);
        Map<QualifiedName, EnumType> after = byName(target);
        after.forEach((name, enumType) -> {
            EnumType old = before.get(name);
            if (old == null) {
                plan.add(Phase.ENUMS, new CreateEnum(enumType));
            } else if (!old.values().equals(enumType.values())) {
                change(old, enumType, currentTables, targetTables);
            }
        });
        before.forEach((name, enumType) -> {
            if (!after.containsKey(name)) {
                plan.add(Phase.DROP_ENUMS, new DropEnum(enumType));
            }
        });
    }

    /** The columns whose defaults a replacement sets to the target's, so that no one alters them again. */
    Set<ColumnKey> defaultsSetByEnums() {
        return Set.copyOf(defaultsSet);
    }

    private void change(EnumType from, EnumType to, Map<QualifiedName, Table> currentTables,
            Map<QualifiedName, Table> targetTables) {
        List<EnumUsage> usages = new ArrayList<>();
        if (isSubsequence(from.values(), to.values())) {
            usages(from.name(), currentTables).forEach(usage -> usages.add(new EnumUsage(usage.table, usage.column
                    .name(), usage.array, usage.column.defaultExpression(), usage.column.defaultExpression())));
            List<String> values = new ArrayList<>(from.values());
            for (int i = 0; i < to.values().size(); i++) {
                if (!values.contains(to.values().get(i))) {
                    // Every label before position i is already in place, so the new one goes at i.
                    values.add(i, to.values().get(i));
                    plan.add(Phase.ENUMS, new AddEnumValue(from.name(), to.values().get(i), values, usages));
                }
            }
            return;
        }
        List<String> removed = from.values().stream().filter(v -> !to.values().contains(v)).toList();
        for (Usage usage : usages(from.name(), currentTables)) {
            usages.add(usage(usage, removed, targetTables));
        }
        plan.add(Phase.ENUMS, new ReplaceEnum(from.name(), from.values(), to.values(), usages));
    }

    /**
     * The default a converted column gets. It keeps its own, unless defaults are compared or its own names a
     * removed label (and could not be set again): then it takes the entity's, when the column keeps the type.
     */
    private EnumUsage usage(Usage usage, List<String> removed, Map<QualifiedName, Table> targetTables) {
        String fromDefault = usage.column.defaultExpression();
        boolean namesRemoved = fromDefault != null
                && removed.stream().anyMatch(value -> fromDefault.contains(Quoting.literal(value) + "::"));
        Optional<Column> target = Optional.ofNullable(targetTables.get(usage.table))
                .flatMap(table -> table.column(usage.column.name()))
                .filter(column -> column.type().equals(usage.column.type()));
        String toDefault = fromDefault;
        if (target.isPresent() && (options.compareServerDefaults() || namesRemoved)) {
            toDefault = target.get().defaultExpression();
            defaultsSet.add(new ColumnKey(usage.table, usage.column.name()));
        } else if (namesRemoved) {
            toDefault = null;
        }
        return new EnumUsage(usage.table, usage.column.name(), usage.array, fromDefault, toDefault);
    }

    private record Usage(QualifiedName table, Column column, boolean array) {
    }

    /** The columns of the enum type or of arrays of it, by table and column name. */
    private static List<Usage> usages(QualifiedName enumName, Map<QualifiedName, Table> tables) {
        String type = Quoting.qualified(enumName);
        List<Usage> usages = new ArrayList<>();
        for (Table table : tables.values()) {
            table.columns().stream()
                    .filter(column -> column.type().equals(type) || column.type().equals(type + "[]"))
                    .sorted(Comparator.comparing(Column::name))
                    .forEach(column -> usages.add(new Usage(table.name(), column, column.type().endsWith("[]"))));
        }
        return usages;
    }

    private static boolean isSubsequence(List<String> shorter, List<String> longer) {
        int matched = 0;
        for (String value : longer) {
            if (matched < shorter.size() && shorter.get(matched).equals(value)) {
                matched++;
            }
        }
        return matched == shorter.size();
    }

    private static Map<QualifiedName, EnumType> byName(List<EnumType> enums) {
        Map<QualifiedName, EnumType> byName = new TreeMap<>();
        enums.forEach(enumType -> byName.put(enumType.name(), enumType));
        return byName;
    }
}
