package dev.strata.internal.sql;

/**
 * One token of PostgreSQL text. Whitespace and comments are not tokens: nothing downstream needs
 * them, and dropping them here is what lets the classification rules (and the linter) skip them for
 * free.
 *
 * @param kind  what the lexer recognised
 * @param text  the token exactly as written, quotes and prefixes included
 * @param start offset of the first character in the text that was lexed
 * @param line  file line of the first character
 */
public record SqlToken(Kind kind, String text, int start, int line) {

    /** What a token is. */
    public enum Kind {
        /** A keyword or unquoted identifier; may contain {@code $} after its first character. */
        WORD,
        /** {@code "..."} or {@code U&"..."}. */
        QUOTED_IDENTIFIER,
        /** {@code '...'}, {@code E'...'}, {@code U&'...'}, {@code B'...'}, {@code X'...'}, {@code N'...'}. */
        STRING,
        /** {@code $$...$$} or {@code $tag$...$tag$}. */
        DOLLAR_STRING,
        NUMBER,
        /** {@code $1}, {@code $2}, ... */
        PARAMETER,
        SEMICOLON,
        OPEN_PAREN,
        CLOSE_PAREN,
        /** Any other single character: operators, commas, dots. */
        OTHER
    }

    /** The offset just after the token's last character. */
    public int end() {
        return start + text.length();
    }

    /**
     * The word upper-cased, or an empty string if this is not a word. Only ASCII letters are folded,
     * as PostgreSQL folds keywords: {@link String#toUpperCase} would turn a Turkish dotless i into
     * {@code I} and let {@code begın} pass for {@code BEGIN}.
     */
    public String keyword() {
        return kind == Kind.WORD ? foldAscii(text, 'a', 'A') : "";
    }

    /** Whether this is the unquoted word {@code keyword}, which must be given in upper case. */
    public boolean isWord(String keyword) {
        return kind == Kind.WORD && text.length() == keyword.length() && keyword().equals(keyword);
    }

    /** Whether this is the single character {@code c} (an operator, comma or dot). */
    public boolean isOther(char c) {
        return kind == Kind.OTHER && text.charAt(0) == c;
    }

    /**
     * The name this token denotes as an identifier, as PostgreSQL stores it: an unquoted word folded to lower
     * case (ASCII letters only, as the server folds them in UTF-8), a quoted identifier without its quotes and
     * with {@code ""} read as {@code "}; null for any other token. {@code U&"..."} escapes are left as written.
     */
    public String identifier() {
        if (kind == Kind.WORD) {
            return foldAscii(text, 'A', 'a');
        }
        if (kind == Kind.QUOTED_IDENTIFIER) {
            int open = text.indexOf('"');
            return text.substring(open + 1, text.length() - 1).replace("\"\"", "\"");
        }
        return null;
    }

    /** {@code text} with the ASCII letters of the case starting at {@code from} moved to the case at {@code to}. */
    private static String foldAscii(String text, char from, char to) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= from && chars[i] <= from + 25) {
                chars[i] = (char) (chars[i] - from + to);
            }
        }
        return new String(chars);
    }
}
