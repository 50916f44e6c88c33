package dev.strata.internal.sql;

import dev.strata.internal.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts PostgreSQL text into {@link SqlToken}s, following the rules of the server's own scanner
 * ({@code scan.l}) wherever they decide where a string, identifier or comment ends:
 *
 * <ul>
 *   <li>{@code '...'} with {@code ''} for a quote; a backslash is an ordinary character, as it is
 *       with {@code standard_conforming_strings} on (the default since PostgreSQL 9.1)</li>
 *   <li>{@code E'...'} where a backslash also escapes the next character</li>
 *   <li>{@code "..."} with {@code ""} for a quote, and the {@code U&}, {@code B}, {@code X},
 *       {@code N} prefixes</li>
 *   <li>{@code $tag$...$tag$} where the tag is empty or an identifier without {@code $}; {@code $1}
 *       is a parameter and {@code a$b} an identifier</li>
 *   <li>{@code --} to the end of the line and {@code /* ... *}{@code /}, which nest</li>
 * </ul>
 *
 * Nothing else needs to be understood exactly to find statement boundaries, so numbers and
 * operators are lexed loosely.
 */
final class SqlLexer {

    private final String text;
    private final LineMap lines;
    private int pos;

    private SqlLexer(String text, int firstLine) {
        this.text = text;
        this.lines = new LineMap(text, firstLine);
        // A byte order mark is an encoding artefact, not SQL; PostgreSQL would reject it as part of
        // the first word, and so would every rule that looks at that word.
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /**
     * The tokens of {@code text}, whose first line is line {@code firstLine} of its file.
     *
     * @throws SqlSyntaxException if a string, quoted identifier or block comment is never closed
     */
    static List<SqlToken> tokenize(String text, int firstLine) {
        SqlLexer lexer = new SqlLexer(text, firstLine);
        List<SqlToken> tokens = new ArrayList<>();
        for (SqlToken token = lexer.next(); token != null; token = lexer.next()) {
            tokens.add(token);
        }
        return tokens;
    }

    private SqlToken next() {
        skipWhitespaceAndComments();
        if (pos >= text.length()) {
            return null;
        }
        int start = pos;
        Kind kind = scanToken();
        return new SqlToken(kind, text.substring(start, pos), start, lines.lineAt(start));
    }

    private Kind scanToken() {
        char c = text.charAt(pos);
        return switch (c) {
            case '\'' -> scanQuoted('\'', Kind.STRING, "quoted string");
            case '"' -> scanQuoted('"', Kind.QUOTED_IDENTIFIER, "quoted identifier");
            case '$' -> scanDollar();
            case ';' -> single(Kind.SEMICOLON);
            case '(' -> single(Kind.OPEN_PAREN);
            case ')' -> single(Kind.CLOSE_PAREN);
            default -> {
                if (isIdentifierStart(c)) {
                    yield scanWordOrPrefixedLiteral(c);
                }
                yield isDigit(c) ? scanNumber() : single(Kind.OTHER);
            }
        };
    }

    private Kind single(Kind kind) {
        pos++;
        return kind;
    }

    /** Loosely: a digit and whatever may follow in a literal ({@code 1.5e10}, {@code 0x1F}, {@code 1_000}). */
    private Kind scanNumber() {
        pos++;
        while (pos < text.length() && isNumberPart(text.charAt(pos))) {
            pos++;
        }
        return Kind.NUMBER;
    }

    private Kind scanWordOrPrefixedLiteral(char c) {
        char next = charAt(pos + 1);
        if ((c == 'e' || c == 'E') && next == '\'') {
            pos++;
            return scanEscapeString();
        }
        if ("bBxXnN".indexOf(c) >= 0 && next == '\'') {
            pos++;
            return scanQuoted('\'', Kind.STRING, "quoted string");
        }
        if ((c == 'u' || c == 'U') && next == '&' && (charAt(pos + 2) == '\'' || charAt(pos + 2) == '"')) {
            pos += 2;
            return charAt(pos) == '\''
                    ? scanQuoted('\'', Kind.STRING, "quoted string")
                    : scanQuoted('"', Kind.QUOTED_IDENTIFIER, "quoted identifier");
        }
        pos++;
        while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        return Kind.WORD;
    }

    /** A literal that ends at the first {@code quote} not doubled; {@code pos} is on the opening quote. */
    private Kind scanQuoted(char quote, Kind kind, String what) {
        int opening = pos;
        int i = pos + 1;
        while (true) {
            int close = text.indexOf(quote, i);
            if (close < 0) {
                throw unterminated(what, opening, "a closing " + quote + " is missing");
            }
            if (charAt(close + 1) != quote) {
                pos = close + 1;
                return kind;
            }
            i = close + 2;
        }
    }

    /** An {@code E'...'} string: {@code pos} is on the quote, a backslash escapes any next character. */
    private Kind scanEscapeString() {
        int opening = pos - 1;
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'' && charAt(i + 1) == '\'') {
                i += 2;
            } else if (c == '\'') {
                pos = i + 1;
                return Kind.STRING;
            } else {
                i++;
            }
        }
        throw unterminated("E'...' string", opening,
                "a closing ' is missing (in an E'...' string a backslash escapes the quote after it)");
    }

    private Kind scanDollar() {
        int opening = pos;
        int i = pos + 1;
        if (isDigit(charAt(i))) {
            while (isDigit(charAt(i))) {
                i++;
            }
            pos = i;
            return Kind.PARAMETER;
        }
        if (isIdentifierStart(charAt(i))) {
            i++;
            while (isIdentifierStart(charAt(i)) || isDigit(charAt(i))) {
                i++;
            }
        }
        if (charAt(i) != '$') {
            // "$" that opens neither a parameter nor a quote: PostgreSQL treats it as a lone character.
            return single(Kind.OTHER);
        }
        String tag = text.substring(opening, i + 1);
        int close = text.indexOf(tag, i + 1);
        if (close < 0) {
            throw unterminated("dollar-quoted string", opening,
                    "no closing " + tag + " found (the tag must match exactly, case included)");
        }
        pos = close + tag.length();
        return Kind.DOLLAR_STRING;
    }

    private void skipWhitespaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isWhitespace(c)) {
                pos++;
            } else if (c == '-' && charAt(pos + 1) == '-') {
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '/' && charAt(pos + 1) == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    /** Skips a block comment; unlike the SQL standard's, PostgreSQL's nest. */
    private void skipBlockComment() {
        int opening = pos;
        int depth = 0;
        int i = pos;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    pos = i;
                    return;
                }
            } else {
                i++;
            }
        }
        throw unterminated("block comment", opening,
                "a closing */ is missing (block comments nest: each /* needs its own */)");
    }

    private SqlSyntaxException unterminated(String what, int opening, String advice) {
        int line = lines.lineAt(opening);
        return new SqlSyntaxException("Unterminated " + what + " opened at line " + line + ": " + advice, line);
    }

    private char charAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** PostgreSQL lets every non-ASCII character into identifiers and dollar-quote tags. */
    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= '\u0080';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isNumberPart(char c) {
        return isDigit(c) || c == '.' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
