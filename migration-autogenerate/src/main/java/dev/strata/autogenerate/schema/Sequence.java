package dev.strata.autogenerate.schema;

import java.util.Objects;

/**
 * A standalone sequence (sequences owned by identity or serial columns belong to their column and are
 * not listed).
 *
 * @param name      the sequence
 * @param dataType  {@code bigint}, {@code integer} or {@code smallint}
 * @param start     {@code START WITH}
 * @param increment {@code INCREMENT BY}
 * @param minValue  {@code MINVALUE}
 * @param maxValue  {@code MAXVALUE}
 * @param cache     {@code CACHE}
 * @param cycle     {@code CYCLE}
 */
public record Sequence(QualifiedName name, String dataType, long start, long increment, long minValue,
        long maxValue, long cache, boolean cycle) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        dataType = dataType == null ? "bigint" : dataType;
    }
}
