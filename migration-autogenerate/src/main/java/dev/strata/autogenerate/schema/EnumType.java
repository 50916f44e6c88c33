package dev.strata.autogenerate.schema;

import java.util.List;
import java.util.Objects;

/** A PostgreSQL enum type ({@code CREATE TYPE ... AS ENUM}) with its labels in sort order. */
public record EnumType(QualifiedName name, List<String> values) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
