package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.schema.EnumType;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Sequence;
import dev.strata.autogenerate.schema.Table;
import java.util.List;

/** Hand-built models of the public schema. */
final class Models {

    private Models() {
    }

    static SchemaModel tables(Table... tables) {
        return new SchemaModel(List.of("public"), List.of(tables), List.of(), List.of());
    }

    static SchemaModel sequences(Sequence... sequences) {
        return new SchemaModel(List.of("public"), List.of(), List.of(sequences), List.of());
    }

    static SchemaModel enums(List<EnumType> enums, Table... tables) {
        return new SchemaModel(List.of("public"), List.of(tables), List.of(), enums);
    }

    static ComparisonResult compare(SchemaModel current, SchemaModel target) {
        return new SchemaComparator(ComparisonOptions.forServer(170_000)).compare(current, target);
    }

    static ComparisonResult compareWithDefaults(SchemaModel current, SchemaModel target) {
        return new SchemaComparator(ComparisonOptions.forServer(170_000).withServerDefaults(true))
                .compare(current, target);
    }
}
