package dev.strata.internal.sql;

import dev.strata.internal.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one statement, with the few questions the statement rules and the linter ask of them.
 * Every lookup is bounds-safe, so a rule can ask about token {@code i + 3} without checking the length
 * first.
 */
public final class StatementTokens {

    private final List<SqlToken> tokens;

    public StatementTokens(List<SqlToken> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /**
     * The tokens of {@code statement}.
     *
     * @throws SqlSyntaxException if the statement has an unterminated string or comment
     */
    public static StatementTokens of(SqlStatement statement) {
        return new StatementTokens(SqlLexer.tokenize(statement.sql(), statement.line()));
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** The token at {@code index}, which must exist. */
    public SqlToken get(int index) {
        return tokens.get(index);
    }

    /** The upper-cased word at {@code index}, or an empty string if there is no word there. */
    public String keywordAt(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).keyword() : "";
    }

    /** Whether the token at {@code index} is the unquoted word {@code keyword} (given in upper case). */
    public boolean isWord(int index, String keyword) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isWord(keyword);
    }

    /** Whether the token at {@code index} is the single character {@code c}. */
    public boolean isOther(int index, char c) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isOther(c);
    }

    /** Whether there is a token of {@code kind} at {@code index}. */
    public boolean isKind(int index, Kind kind) {
        return index >= 0 && index < tokens.size() && tokens.get(index).kind() == kind;
    }

    /** The tokens from {@code from} (inclusive) to {@code to} (exclusive), both clamped to the statement. */
    public StatementTokens range(int from, int to) {
        int start = Math.min(Math.max(from, 0), tokens.size());
        return new StatementTokens(tokens.subList(start, Math.max(start, Math.min(to, tokens.size()))));
    }

    /**
     * The index of the {@code )} that closes the {@code (} at {@code openIndex}, or {@link #size()} when the
     * statement ends first (the server reports that; a reader of the text only needs to stop).
     */
    public int closingParen(int openIndex) {
        int depth = 0;
        for (int i = openIndex; i < tokens.size(); i++) {
            if (isKind(i, Kind.OPEN_PAREN)) {
                depth++;
            } else if (isKind(i, Kind.CLOSE_PAREN) && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    /**
     * The pieces between the commas that stand outside any parentheses, as the actions of
     * {@code ALTER TABLE t ADD ..., DROP ...} or the elements of a column list are separated.
     */
    public List<StatementTokens> splitAtTopLevelCommas() {
        List<StatementTokens> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (isKind(i, Kind.OPEN_PAREN)) {
                depth++;
            } else if (isKind(i, Kind.CLOSE_PAREN)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && isOther(i, ',')) {
                pieces.add(range(start, i));
                start = i + 1;
            }
        }
        pieces.add(range(start, tokens.size()));
        return pieces;
    }

    /**
     * The index of the first place at or after {@code from} where {@code keywords} follow one
     * another, or -1.
     */
    public int indexOfWords(int from, String... keywords) {
        for (int i = Math.max(from, 0); i + keywords.length <= tokens.size(); i++) {
            if (wordsAt(i, keywords)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * As {@link #indexOfWords}, but only where the words stand outside the parentheses opened at or after
     * {@code from}: {@code NOT VALID} after a check, never {@code NOT valid} inside its expression.
     */
    public int indexOfWordsOutsideParens(int from, String... keywords) {
        int depth = 0;
        for (int i = Math.max(from, 0); i + keywords.length <= tokens.size(); i++) {
            if (isKind(i, Kind.OPEN_PAREN)) {
                depth++;
            } else if (isKind(i, Kind.CLOSE_PAREN)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && wordsAt(i, keywords)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code index + 1} if the token at {@code index} is one of {@code optionalWords}, else {@code index}. */
    public int skipOptional(int index, String... optionalWords) {
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
    public OptionList optionsAfter(int from, String keyword) {
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
