package dev.strata.autogenerate.schema;

import java.util.List;
import java.util.Optional;

/**
 * What autogenerate compares: the schemas, tables, sequences and enum types of a database, or of a set of
 * JPA entities. Both sides are produced by {@code PostgresIntrospector} (the entity side from a scratch
 * database that holds exactly what Hibernate's schema export creates), so equal things are spelled
 * equally. Lists are sorted by name.
 *
 * @param schemas the schemas the model covers (for example {@code [public]}); only these are compared
 */
public record SchemaModel(List<String> schemas, List<Table> tables, List<Sequence> sequences,
        List<EnumType> enums) {

    public SchemaModel {
        schemas = List.copyOf(schemas);
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        enums = List.copyOf(enums);
    }

    public static SchemaModel empty(List<String> schemas) {
        return new SchemaModel(schemas, List.of(), List.of(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
