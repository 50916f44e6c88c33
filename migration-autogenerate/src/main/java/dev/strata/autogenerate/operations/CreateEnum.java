package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.EnumType;
import java.util.Objects;

/** {@code CREATE TYPE ... AS ENUM (...)}. */
public record CreateEnum(EnumType enumType) implements SchemaOperation {

    public CreateEnum {
        Objects.requireNonNull(enumType, "enumType");
    }

    @Override
    public DropEnum reverse() {
        return new DropEnum(enumType);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createEnum(this);
    }
}
