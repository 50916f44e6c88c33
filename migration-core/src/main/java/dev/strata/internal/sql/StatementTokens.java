package dev.strata.internal.sql;

import dev.strata.internal.sql.SqlToken.Kind;
import java.util.List;

/**
 * The tokens of one statement, with the few questions the statement rules ask of them. Every lookup
 * is bounds-safe, so a rule can ask about token {@code i + 3} without checking the length first.
 */
final class StatementTokens {

    private final List<SqlToken> tokens;

    StatementTokens(List<SqlToken> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /**
     * The tokens of {@code statement}.
     *
     * @throws SqlSyntaxException if the statement has an unterminated string or comment
     */
    static StatementTokens of(SqlStatement statement) {
        return new StatementTokens(SqlLexer.tokenize(statement.sql(), statement.line()));
    }

    int size() {
        return tokens.size();
    }

    SqlToken get(int index) {
        return tokens.get(index);
    }

    /** The upper-cased word at {@code index}, or an empty string if there is no word there. */
    String keywordAt(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).keyword() : "";
    }

    boolean isWord(int index, String keyword) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isWord(keyword);
    }

    boolean isOther(int index, char c) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isOther(c);
    }

    boolean isKind(int index, Kind kind) {
        return index >= 0 && index < tokens.size() && tokens.get(index).kind() == kind;
    }

    /**
     * The index of the first place at or after {@code from} where {@code keywords} follow one
     * another, or -1.
     */
    int indexOfWords(int from, String... keywords) {
        for (int i = Math.max(from, 0); i + keywords.length <= tokens.size(); i++) {
            if (wordsAt(i, keywords)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code index + 1} if the token at {@code index} is one of {@code optionalWords}, else {@code index}. */
    int skipOptional(int index, String... optionalWords) {
        for (String word : optionalWords) {
            if (isWord(index, word)) {
                return index + 1;
            }
        }
        return index;
    }

    /**
     * The parenthesised option list after the first {@code keyword} found at or after {@code from}
     * (as in {@code WITH (create_slot = false)}), or an empty list if there is none.
     */
    OptionList optionsAfter(int from, String keyword) {
        for (int i = Math.max(from, 0); i < tokens.size(); i++) {
            if (isWord(i, keyword) && isKind(i + 1, Kind.OPEN_PAREN)) {
                return OptionList.parse(this, i + 1);
            }
        }
        return OptionList.EMPTY;
    }

    private boolean wordsAt(int index, String... keywords) {
        for (int k = 0; k < keywords.length; k++) {
            if (!isWord(index + k, keywords[k])) {
                return false;
            }
        }
        return true;
    }
}
