package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.schema.QualifiedName;

/** A column of a table, as a key. */
record ColumnKey(QualifiedName table, String column) {
}
