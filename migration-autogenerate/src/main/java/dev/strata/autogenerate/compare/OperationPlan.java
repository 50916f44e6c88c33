package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.operations.SchemaOperation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects operations by phase and hands them out in phase order. Within a phase operations keep the order
 * they were added in, which the comparators make deterministic by walking everything sorted by name.
 */
final class OperationPlan {

    /**
     * The phases, in the order the upgrade runs them. The downgrade runs each operation's reverse in the
     * opposite order, so every "create before use" here is a "drop after last use" there, and the other way
     * round.
     */
    enum Phase {
        /** New schemas, before anything is created in them. */
        CREATE_SCHEMAS,
        /** New enums, added labels and replaced enums, before columns use them. */
        ENUMS,
        /** New and altered sequences, before defaults call them. */
        SEQUENCES,
        /** Foreign keys that go away or change, and those of dropped tables, so that nothing below is held. */
        DROP_FOREIGN_KEYS,
        /** Indexes and constraints that go away or change, so that their names are free for the new ones. */
        DROP_CONSTRAINTS,
        /**
         * Dropped tables, with their foreign keys already gone; before the new tables, so that a table
         * replaced by one with the same index or constraint names does not collide with itself.
         */
        DROP_TABLES,
        CREATE_TABLES,
        ADD_COLUMNS,
        ALTER_COLUMNS,
        /** After the alterations, so that a type conversion may still read a column that is going away. */
        DROP_COLUMNS,
        /** Primary keys, unique and check constraints and indexes, once their columns exist. */
        ADD_CONSTRAINTS,
        /** Foreign keys once every table and every referenced key exists, so that cycles work. */
        ADD_FOREIGN_KEYS,
        /** Sequences once no default calls them. */
        DROP_SEQUENCES,
        /** Enums once no column uses them. */
        DROP_ENUMS
    }

    private final Map<Phase, List<SchemaOperation>> phases = new EnumMap<>(Phase.class);

    void add(Phase phase, SchemaOperation operation) {
        phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(operation);
    }

    void addAll(Phase phase, List<? extends SchemaOperation> operations) {
        operations.forEach(operation -> add(phase, operation));
    }

    /** Every operation, phase by phase. */
    List<SchemaOperation> operations() {
        List<SchemaOperation> all = new ArrayList<>();
        phases.values().forEach(all::addAll);
        return List.copyOf(all);
    }
}
