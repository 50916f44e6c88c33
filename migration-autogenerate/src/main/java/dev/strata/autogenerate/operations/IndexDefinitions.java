package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reading an index's {@code definition}, the {@code CREATE INDEX} statement {@code pg_get_indexdef} printed:
 * whether it says more than the index's fields, and what it says without the index's name. Comparison and
 * rendering both ask, so the answer lives here.
 */
public final class IndexDefinitions {

    /** {@code CREATE [UNIQUE] INDEX name ON}: the index name in {@code pg_get_indexdef}'s output. */
    private static final Pattern NAME =
            Pattern.compile("^(CREATE (?:UNIQUE )?INDEX )(\"(?:[^\"]|\"\")*\"|\\S+)( ON )");

    private IndexDefinitions() {
    }

    /**
     * Whether the fields say all there is to the index: a plain index whose definition (if known) is exactly
     * what PostgreSQL prints for those fields, without sort order, operator classes, {@code INCLUDE} columns
     * or storage parameters.
     *
     * @param table the index's table
     * @param index the index
     * @return true when the index can be created from its fields alone
     */
    public static boolean fieldsSayAll(QualifiedName table, Index index) {
        return index.isPlain() && (index.definition() == null || index.definition().equals(
                "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + Quoting.identifier(index.name())
                        + " ON " + Quoting.qualified(table) + " USING btree "
                        + index.columns().stream().map(Quoting::identifier)
                                .collect(Collectors.joining(", ", "(", ")"))));
    }

    /**
     * The definition with the index name replaced by {@code ?}, so that two indexes that differ only in name
     * compare equal; the table stays, since an index on another table is another index.
     *
     * @param index the index
     * @return the definition without the name, or null when the index has no definition
     */
    public static String withoutName(Index index) {
        if (index.definition() == null) {
            return null;
        }
        Matcher matcher = NAME.matcher(index.definition());
        if (matcher.find() && matcher.group(2).equals(Quoting.identifier(index.name()))) {
            return matcher.replaceFirst("$1?$3");
        }
        return index.definition();
    }
}
