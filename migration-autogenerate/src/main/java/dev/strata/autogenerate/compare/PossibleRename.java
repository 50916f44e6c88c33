package dev.strata.autogenerate.compare;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;

/**
 * A drop and a create that may really be a rename. Comparison never renames on its own (the models cannot
 * tell a rename from a replacement); it reports the pair so that the rendered script asks a person to look.
 */
public sealed interface PossibleRename permits PossibleRename.OfTable, PossibleRename.OfColumn {

    /**
     * The same pair seen from the downgrade, where the created one is dropped.
     *
     * @return the reversed pair
     */
    PossibleRename reverse();

    /**
     * A dropped table and a created table in the same schema with the same column names and types.
     *
     * @param from the dropped table
     * @param to   the created table
     */
    record OfTable(QualifiedName from, QualifiedName to) implements PossibleRename {

        public OfTable {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public OfTable reverse() {
            return new OfTable(to, from);
        }
    }

    /**
     * A dropped column and an added column of the same type in one table.
     *
     * @param table the table
     * @param from  the dropped column
     * @param to    the added column
     */
    record OfColumn(QualifiedName table, String from, String to) implements PossibleRename {

        public OfColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public OfColumn reverse() {
            return new OfColumn(table, to, from);
        }
    }
}
