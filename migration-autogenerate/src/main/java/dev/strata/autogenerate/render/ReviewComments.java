package dev.strata.autogenerate.render;

import static dev.strata.autogenerate.render.SqlNames.identifier;

import dev.strata.autogenerate.compare.PossibleRename;
import dev.strata.autogenerate.operations.AddColumn;
import dev.strata.autogenerate.operations.AlterColumnNullable;
import dev.strata.autogenerate.operations.AlterColumnType;
import dev.strata.autogenerate.operations.DropColumn;
import dev.strata.autogenerate.operations.DropSequence;
import dev.strata.autogenerate.operations.DropTable;
import dev.strata.autogenerate.operations.Quoting;
import dev.strata.autogenerate.operations.ReplaceEnum;
import dev.strata.autogenerate.operations.SchemaOperation;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code -- REVIEW:} line above an operation that a person should look at before it runs: what data it
 * can lose, or why it can fail on a table with rows, and what to do about it. Most operations have none.
 */
final class ReviewComments {

    private final SqlNames names;
    private final List<PossibleRename> renames;

    /**
     * @param renames the possible renames as seen from the direction being rendered
     */
    ReviewComments(SqlNames names, List<PossibleRename> renames) {
        this.names = names;
        this.renames = renames;
    }

    /** The comment's text, without the {@code -- REVIEW: } prefix. */
    Optional<String> of(SchemaOperation operation) {
        if (operation instanceof DropTable drop) {
            return Optional.of(dropTable(drop.table().name()));
        }
        if (operation instanceof DropColumn drop) {
            return Optional.of(dropColumn(drop.table(), drop.column().name()));
        }
        if (operation instanceof AlterColumnType change && change.losesData()) {
            return Optional.of("changes " + change.table() + "." + change.column() + " from " + change.fromType()
                    + " to " + change.toType() + ", which can cut, round or reject existing values;"
                    + " check that the data fits first");
        }
        if (operation instanceof ReplaceEnum replace && replace.losesData()) {
            return Optional.of("removes " + replace.removedValues().stream().map(Quoting::literal)
                    .collect(Collectors.joining(", ")) + " from enum " + replace.type() + "; rows holding "
                    + (replace.removedValues().size() == 1 ? "it" : "them")
                    + " make the conversion fail: change them to a remaining value first");
        }
        if (operation instanceof DropSequence drop) {
            return Optional.of("drops sequence " + drop.sequence().name() + " and its position; created again it"
                    + " starts over at " + drop.sequence().start() + " and may hand out values already used");
        }
        if (operation instanceof AddColumn add && failsOnRows(add.column())) {
            return Optional.of("adds NOT NULL column " + add.table() + "." + add.column().name() + " without a"
                    + " default, which fails if " + add.table() + " has rows; give it a default, or add it"
                    + " nullable, fill it, then SET NOT NULL");
        }
        if (operation instanceof AlterColumnNullable change && !change.nullable()) {
            return Optional.of("makes " + change.table() + "." + change.column() + " NOT NULL, which fails while"
                    + " a row holds NULL there; fill those rows first");
        }
        return Optional.empty();
    }

    private String dropTable(QualifiedName table) {
        List<String> advice = renames.stream()
                .filter(rename -> rename instanceof PossibleRename.OfTable of && of.from().equals(table))
                .map(rename -> ((PossibleRename.OfTable) rename).to())
                .map(to -> "if it was renamed to " + to + ", replace the DROP/CREATE pair with ALTER TABLE "
                        + names.of(table) + " RENAME TO " + identifier(to.name()))
                .toList();
        return "drops table " + table + " and all its rows; " + (advice.isEmpty()
                ? "make sure they are no longer needed, or copy them first"
                : String.join("; or ", advice));
    }

    private String dropColumn(QualifiedName table, String column) {
        List<String> advice = renames.stream()
                .filter(rename -> rename instanceof PossibleRename.OfColumn of && of.table().equals(table)
                        && of.from().equals(column))
                .map(rename -> ((PossibleRename.OfColumn) rename).to())
                .map(to -> "if it was renamed to " + to + ", replace the DROP/ADD pair with ALTER TABLE "
                        + names.of(table) + " RENAME COLUMN " + identifier(column) + " TO " + identifier(to))
                .toList();
        return "drops column " + table + "." + column + " and its data; " + (advice.isEmpty()
                ? "make sure it is no longer needed, or copy it first"
                : String.join("; or ", advice));
    }

    /** Identity columns fill themselves; a column with neither default nor identity has nothing to hold. */
    private static boolean failsOnRows(Column column) {
        return !column.nullable() && column.defaultExpression() == null && column.identity() == Identity.NONE;
    }
}
