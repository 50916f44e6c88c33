package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds drops that may be renames: a dropped and a created table in one schema with the same column names
 * and types, a dropped and an added column of one type in one table. It only reports them; a rename is
 * a person's call.
 */
final class RenameDetector {

    private RenameDetector() {
    }

    /**
     * @param currentTables the database's tables, sorted by name
     * @param targetTables  the entities' tables, sorted by name
     */
    static List<PossibleRename> detect(Map<QualifiedName, Table> currentTables,
            Map<QualifiedName, Table> targetTables) {
        List<PossibleRename> renames = new ArrayList<>();
        for (Table dropped : currentTables.values()) {
            Table kept = targetTables.get(dropped.name());
            if (kept == null) {
                targetTables.values().stream()
                        .filter(created -> !currentTables.containsKey(created.name()))
                        .filter(created -> created.name().schema().equals(dropped.name().schema()))
                        .filter(created -> shape(created).equals(shape(dropped)))
                        .forEach(created -> renames.add(new PossibleRename.OfTable(dropped.name(), created.name())));
            } else {
                columnRenames(dropped, kept, renames);
            }
        }
        return List.copyOf(renames);
    }

    private static void columnRenames(Table current, Table target, List<PossibleRename> renames) {
        for (Column dropped : current.columns()) {
            if (target.column(dropped.name()).isPresent()) {
                continue;
            }
            target.columns().stream()
                    .filter(added -> current.column(added.name()).isEmpty())
                    .filter(added -> TypeEquivalence.equivalent(added.type(), dropped.type()))
                    .forEach(added -> renames.add(
                            new PossibleRename.OfColumn(target.name(), dropped.name(), added.name())));
        }
    }

    private static Set<String> shape(Table table) {
        return table.columns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.toSet());
    }
}
