package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.EnumType;
import java.util.Objects;

/** {@code DROP TYPE} of an enum, once no column uses it; it holds the labels for its reverse. */
public record DropEnum(EnumType enumType) implements SchemaOperation {

    public DropEnum {
        Objects.requireNonNull(enumType, "enumType");
    }

    @Override
    public CreateEnum reverse() {
        return new CreateEnum(enumType);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropEnum(this);
    }
}
