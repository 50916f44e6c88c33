package dev.strata.internal.lint;

import dev.strata.internal.sql.SqlToken.Kind;
import dev.strata.internal.sql.StatementTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action [, ...]} into its actions. An action no rule looks at
 * ({@code SET DEFAULT}, {@code DROP CONSTRAINT}, {@code OWNER TO}, ...) is left out.
 */
final class AlterTableParser {

    private AlterTableParser() {
    }

    /** The statement, or null for {@code ALTER TABLE ALL IN TABLESPACE} and what cannot be read. */
    static DdlStatement.AlterTable parse(StatementTokens tokens) {
        int i = tokens.isWord(2, "IF") ? 4 : 2;
        if (tokens.isWord(i, "ALL")) {
            return null;
        }
        RelationName.Parsed table = RelationName.read(tokens, tokens.skipOptional(i, "ONLY"));
        if (table == null) {
            return null;
        }
        int from = tokens.isOther(table.next(), '*') ? table.next() + 1 : table.next();
        List<AlterAction> actions = new ArrayList<>();
        for (StatementTokens action : tokens.range(from, tokens.size()).splitAtTopLevelCommas()) {
            AlterAction parsed = action(action);
            if (parsed != null) {
                actions.add(parsed);
            }
        }
        return new DdlStatement.AlterTable(table.name(), List.copyOf(actions));
    }

    private static AlterAction action(StatementTokens tokens) {
        if (tokens.size() == 0) {
            return null;
        }
        int line = tokens.get(0).line();
        return switch (tokens.keywordAt(0)) {
            case "ADD" -> add(tokens, line);
            case "DROP" -> drop(tokens, line);
            case "ALTER" -> alterColumn(tokens, line);
            case "VALIDATE" -> tokens.isWord(1, "CONSTRAINT") && identifier(tokens, 2) != null
                    ? new AlterAction.ValidateConstraint(identifier(tokens, 2), line) : null;
            case "RENAME" -> rename(tokens, line);
            default -> null;
        };
    }

    /** {@code ADD [COLUMN] [IF NOT EXISTS] definition} or {@code ADD [CONSTRAINT name] constraint}. */
    private static AlterAction add(StatementTokens tokens, int line) {
        boolean column = tokens.isWord(1, "COLUMN");
        int i = column ? 2 : 1;
        if (!column && DdlParser.TABLE_CONSTRAINT_WORDS.contains(tokens.keywordAt(i))) {
            return constraint(tokens, i, line);
        }
        i = tokens.isWord(i, "IF") && tokens.isWord(i + 1, "NOT") ? i + 3 : i;
        ColumnDefinition definition = ColumnDefinition.parse(tokens.range(i, tokens.size()));
        return definition == null ? null : new AlterAction.AddColumn(definition, line);
    }

    private static AlterAction constraint(StatementTokens tokens, int from, int line) {
        String name = null;
        int i = from;
        if (tokens.isWord(i, "CONSTRAINT")) {
            name = identifier(tokens, i + 1);
            i += 2;
        }
        AlterAction.Kind kind = switch (tokens.keywordAt(i)) {
            case "CHECK" -> AlterAction.Kind.CHECK;
            case "FOREIGN" -> AlterAction.Kind.FOREIGN_KEY;
            case "UNIQUE" -> AlterAction.Kind.UNIQUE;
            case "PRIMARY" -> AlterAction.Kind.PRIMARY_KEY;
            case "EXCLUDE" -> AlterAction.Kind.EXCLUDE;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        // UNIQUE USING INDEX idx adopts an index; UNIQUE (a) USING INDEX TABLESPACE t only places a new one.
        int afterKind = kind == AlterAction.Kind.PRIMARY_KEY ? i + 2 : i + 1;
        boolean usingIndex = tokens.isWord(afterKind, "USING") && tokens.isWord(afterKind + 1, "INDEX");
        boolean notValid = tokens.indexOfWordsOutsideParens(i, "NOT", "VALID") >= 0;
        String notNullColumn = kind == AlterAction.Kind.CHECK && tokens.isKind(i + 1, Kind.OPEN_PAREN)
                ? isNotNullTest(tokens.range(i + 2, tokens.closingParen(i + 1))) : null;
        RelationName references = null;
        int referencesAt = tokens.indexOfWords(i, "REFERENCES");
        if (kind == AlterAction.Kind.FOREIGN_KEY && referencesAt >= 0) {
            RelationName.Parsed table = RelationName.read(tokens, referencesAt + 1);
            references = table == null ? null : table.name();
        }
        return new AlterAction.AddConstraint(name, kind, notValid, usingIndex, notNullColumn, references, line);
    }

    /** The column of a check that is exactly {@code column IS NOT NULL} (parentheses aside), else null. */
    private static String isNotNullTest(StatementTokens expression) {
        List<Integer> meaningful = new ArrayList<>();
        for (int i = 0; i < expression.size(); i++) {
            if (!expression.isKind(i, Kind.OPEN_PAREN) && !expression.isKind(i, Kind.CLOSE_PAREN)) {
                meaningful.add(i);
            }
        }
        if (meaningful.size() != 4) {
            return null;
        }
        boolean test = expression.isWord(meaningful.get(1), "IS") && expression.isWord(meaningful.get(2), "NOT")
                && expression.isWord(meaningful.get(3), "NULL");
        return test ? identifier(expression, meaningful.get(0)) : null;
    }

    /** {@code DROP [COLUMN] [IF EXISTS] name}; {@code DROP CONSTRAINT} is left out. */
    private static AlterAction drop(StatementTokens tokens, int line) {
        if (tokens.isWord(1, "CONSTRAINT")) {
            return null;
        }
        int i = tokens.skipOptional(1, "COLUMN");
        i = tokens.isWord(i, "IF") && tokens.isWord(i + 1, "EXISTS") ? i + 2 : i;
        String column = identifier(tokens, i);
        return column == null ? null : new AlterAction.DropColumn(column, line);
    }

    /** {@code ALTER [COLUMN] name [SET DATA] TYPE type ...} and {@code ALTER [COLUMN] name SET NOT NULL}. */
    private static AlterAction alterColumn(StatementTokens tokens, int line) {
        int i = tokens.skipOptional(1, "COLUMN");
        String column = identifier(tokens, i);
        if (column == null) {
            return null;
        }
        int action = i + 1;
        if (tokens.isWord(action, "SET") && tokens.isWord(action + 1, "NOT") && tokens.isWord(action + 2, "NULL")) {
            return new AlterAction.SetNotNull(column, line);
        }
        int type = tokens.isWord(action, "SET") && tokens.isWord(action + 1, "DATA") ? action + 2 : action;
        if (!tokens.isWord(type, "TYPE")) {
            return null;
        }
        int end = type + 1;
        while (end < tokens.size() && !tokens.isWord(end, "USING") && !tokens.isWord(end, "COLLATE")) {
            end = tokens.isKind(end, Kind.OPEN_PAREN) ? tokens.closingParen(end) + 1 : end + 1;
        }
        return new AlterAction.AlterColumnType(column, TypeText.of(tokens.range(type + 1, end)), end < tokens.size(),
                line);
    }

    /** {@code RENAME TO name} and {@code RENAME [COLUMN] a TO b}; {@code RENAME CONSTRAINT} is left out. */
    private static AlterAction rename(StatementTokens tokens, int line) {
        if (tokens.isWord(1, "TO")) {
            String table = identifier(tokens, 2);
            return table == null ? null : new AlterAction.RenameTable(table, line);
        }
        if (tokens.isWord(1, "CONSTRAINT")) {
            return null;
        }
        int i = tokens.skipOptional(1, "COLUMN");
        String from = identifier(tokens, i);
        String to = tokens.isWord(i + 1, "TO") ? identifier(tokens, i + 2) : null;
        return from == null || to == null ? null : new AlterAction.RenameColumn(from, to, line);
    }

    private static String identifier(StatementTokens tokens, int index) {
        return index < tokens.size() ? tokens.get(index).identifier() : null;
    }
}
