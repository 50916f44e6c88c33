package dev.strata.internal.sql;

/**
 * One token of PostgreSQL text. Whitespace and comments are not tokens: nothing downstream needs
 * them, and dropping them here is what lets the classification rules skip them for free.
 *
 * @param kind  what the lexer recognised
 * @param text  the token exactly as written, quotes and prefixes included
 * @param start offset of the first character in the text that was lexed
 * @param line  file line of the first character
 */
record SqlToken(Kind kind, String text, int start, int line) {

    enum Kind {
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

    int end() {
        return start + text.length();
    }

    /**
     * The word upper-cased, or an empty string if this is not a word. Only ASCII letters are folded,
     * as PostgreSQL folds keywords: {@link String#toUpperCase} would turn a Turkish dotless i into
     * {@code I} and let {@code begın} pass for {@code BEGIN}.
     */
    String keyword() {
        if (kind != Kind.WORD) {
            return "";
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Whether this is the unquoted word {@code keyword}, which must be given in upper case. */
    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.length() == keyword.length() && keyword().equals(keyword);
    }

    boolean isOther(char c) {
        return kind == Kind.OTHER && text.charAt(0) == c;
    }
}
