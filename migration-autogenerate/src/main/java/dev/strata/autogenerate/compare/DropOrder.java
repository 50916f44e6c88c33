package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The order to drop tables in: a table referenced by another dropped table after it. Comparison drops the
 * foreign keys of dropped tables before the tables, so PostgreSQL would accept any order; this one still reads
 * naturally (children before parents) and stays valid for anyone who removes those foreign key drops by hand.
 */
final class DropOrder {

    private DropOrder() {
    }

    /** The tables, referencing ones first, by name among equals; a cycle is broken at its first name. */
    static List<Table> of(List<Table> tables) {
        Set<QualifiedName> names = tables.stream().map(Table::name).collect(Collectors.toCollection(HashSet::new));
        List<Table> remaining = new ArrayList<>(tables);
        remaining.sort(Comparator.comparing(Table::name));
        List<Table> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Set<QualifiedName> referenced = new TreeSet<>();
            for (Table table : remaining) {
                table.foreignKeys().stream().map(ForeignKey::referencedTable)
                        .filter(name -> names.contains(name) && !name.equals(table.name()))
                        .forEach(referenced::add);
            }
            Table next = remaining.stream().filter(table -> !referenced.contains(table.name())).findFirst()
                    .orElse(remaining.get(0));
            order.add(next);
            remaining.remove(next);
            names.remove(next.name());
        }
        return order;
    }
}
