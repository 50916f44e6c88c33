package dev.strata.autogenerate.render;

import dev.strata.autogenerate.operations.Quoting;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How names are written in rendered SQL: quoted only when needed, and schema-qualified unless in the default
 * schema, the one a revision runs with first on its {@code search_path}.
 */
final class SqlNames {

    private final String defaultSchema;

    SqlNames(String defaultSchema) {
        this.defaultSchema = Objects.requireNonNull(defaultSchema, "defaultSchema");
    }

    /** A table, sequence or type: {@code client}, {@code audit.event}, {@code "Audit"."Event"}. */
    String of(QualifiedName name) {
        return name.schema().equals(defaultSchema) ? Quoting.identifier(name.name()) : Quoting.qualified(name);
    }

    /** An index, which lives in its table's schema: {@code DROP INDEX} needs it qualified the same way. */
    String inSchemaOf(QualifiedName table, String name) {
        return of(QualifiedName.of(table.schema(), name));
    }

    /** {@code (a, b, "C")}. */
    static String columnList(List<String> columns) {
        return columns.stream().map(Quoting::identifier).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A column or constraint name. */
    static String identifier(String name) {
        return Quoting.identifier(name);
    }
}
