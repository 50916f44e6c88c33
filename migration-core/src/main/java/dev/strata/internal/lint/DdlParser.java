package dev.strata.internal.lint;

import dev.strata.internal.sql.OptionList;
import dev.strata.internal.sql.SqlToken.Kind;
import dev.strata.internal.sql.StatementTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the statements the lint rules judge into a {@link DdlStatement}. It reads tokens, never text, so a keyword
 * inside a string, a comment, a quoted identifier or a function body never counts; it follows PostgreSQL's grammar
 * only as far as the rules need, and returns null for anything else.
 */
final class DdlParser {

    /** Words that open a table constraint, rather than a column, in a column list or after {@code ADD}. */
    static final Set<String> TABLE_CONSTRAINT_WORDS = Set.of("CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY", "FOREIGN",
            "EXCLUDE");

    private DdlParser() {
    }

    /** The statement the tokens hold, or null when no rule looks at statements of its kind. */
    static DdlStatement parse(StatementTokens tokens) {
        return switch (tokens.keywordAt(0)) {
            case "CREATE" -> create(tokens);
            case "DROP" -> tokens.isWord(1, "TABLE") ? new DdlStatement.DropTables(names(tokens,
                    tokens.isWord(2, "IF") ? 4 : 2)) : null;
            case "ALTER" -> tokens.isWord(1, "TABLE") ? AlterTableParser.parse(tokens) : null;
            case "LOCK" -> new DdlStatement.LockTables(names(tokens, tokens.skipOptional(1, "TABLE")));
            case "VACUUM" -> vacuum(tokens);
            case "CLUSTER" -> cluster(tokens);
            default -> null;
        };
    }

    private static DdlStatement create(StatementTokens tokens) {
        int i = tokens.skipOptional(1, "UNIQUE");
        if (tokens.isWord(i, "INDEX")) {
            return createIndex(tokens, i + 1);
        }
        i = tokens.skipOptional(tokens.skipOptional(1, "GLOBAL", "LOCAL"), "TEMP", "TEMPORARY", "UNLOGGED");
        return tokens.isWord(i, "TABLE") ? createTable(tokens, i + 1) : null;
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table ...}; i is after INDEX. */
    private static DdlStatement createIndex(StatementTokens tokens, int from) {
        boolean concurrently = tokens.isWord(from, "CONCURRENTLY");
        int i = concurrently ? from + 1 : from;
        i = tokens.isWord(i, "IF") ? i + 3 : i;
        if (!tokens.isWord(i, "ON")) {
            RelationName.Parsed name = RelationName.read(tokens, i);
            i = name == null ? i : name.next();
        }
        if (!tokens.isWord(i, "ON")) {
            return null;
        }
        RelationName.Parsed table = RelationName.read(tokens, tokens.skipOptional(i + 1, "ONLY"));
        return table == null ? null
                : new DdlStatement.CreateIndex(table.name(), tokens.isWord(1, "UNIQUE"), concurrently);
    }

    /** {@code CREATE TABLE [IF NOT EXISTS] name (columns and constraints) | AS ... | PARTITION OF ...}. */
    private static DdlStatement createTable(StatementTokens tokens, int from) {
        boolean ifNotExists = tokens.isWord(from, "IF");
        RelationName.Parsed table = RelationName.read(tokens, ifNotExists ? from + 3 : from);
        if (table == null) {
            return null;
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        if (tokens.isKind(table.next(), Kind.OPEN_PAREN)) {
            StatementTokens list = tokens.range(table.next() + 1, tokens.closingParen(table.next()));
            for (StatementTokens element : list.splitAtTopLevelCommas()) {
                if (!TABLE_CONSTRAINT_WORDS.contains(element.keywordAt(0)) && !element.isWord(0, "LIKE")) {
                    ColumnDefinition column = ColumnDefinition.parse(element);
                    if (column != null) {
                        columns.add(column);
                    }
                }
            }
        }
        return new DdlStatement.CreateTable(table.name(), ifNotExists, List.copyOf(columns));
    }

    /** {@code VACUUM (FULL, ...) [tables]} or {@code VACUUM FULL [FREEZE] [VERBOSE] [ANALYZE] [tables]}. */
    private static DdlStatement vacuum(StatementTokens tokens) {
        if (tokens.isKind(1, Kind.OPEN_PAREN)) {
            OptionList options = OptionList.parse(tokens, 1);
            return options.isTrue("full") ? new DdlStatement.VacuumFull(names(tokens, options.endIndex())) : null;
        }
        if (!tokens.isWord(1, "FULL")) {
            return null;
        }
        int i = 2;
        while (tokens.isWord(i, "FREEZE") || tokens.isWord(i, "VERBOSE") || tokens.isWord(i, "ANALYZE")
                || tokens.isWord(i, "ANALYSE")) {
            i++;
        }
        return new DdlStatement.VacuumFull(names(tokens, i));
    }

    /** {@code CLUSTER [VERBOSE | (options)] [table [USING index]]}, or the old {@code CLUSTER index ON table}. */
    private static DdlStatement cluster(StatementTokens tokens) {
        int i = tokens.isKind(1, Kind.OPEN_PAREN) ? OptionList.parse(tokens, 1).endIndex()
                : tokens.skipOptional(1, "VERBOSE");
        RelationName.Parsed first = RelationName.read(tokens, i);
        if (first == null) {
            return new DdlStatement.Cluster(List.of());
        }
        if (tokens.isWord(first.next(), "ON")) {
            RelationName.Parsed table = RelationName.read(tokens, first.next() + 1);
            return new DdlStatement.Cluster(table == null ? List.of() : List.of(table.name()));
        }
        return new DdlStatement.Cluster(List.of(first.name()));
    }

    /**
     * The comma-separated table names from {@code from} on, each maybe with {@code ONLY} before it, {@code *}
     * after it or a parenthesised column list (as {@code VACUUM} takes); stops at the first thing that is not one.
     */
    static List<RelationName> names(StatementTokens tokens, int from) {
        List<RelationName> names = new ArrayList<>();
        int i = from;
        while (true) {
            RelationName.Parsed name = RelationName.read(tokens, tokens.skipOptional(i, "ONLY"));
            if (name == null) {
                break;
            }
            names.add(name.name());
            i = tokens.isOther(name.next(), '*') ? name.next() + 1 : name.next();
            i = tokens.isKind(i, Kind.OPEN_PAREN) ? tokens.closingParen(i) + 1 : i;
            if (!tokens.isOther(i, ',')) {
                break;
            }
            i++;
        }
        return List.copyOf(names);
    }
}
