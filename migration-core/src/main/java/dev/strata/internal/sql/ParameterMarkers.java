package dev.strata.internal.sql;

import java.util.List;

/**
 * JDBC's {@code ?} parameter markers as PostgreSQL's own {@code $1, $2, ...}, for drivers that speak the server's
 * syntax (R2DBC). The rules are pgjdbc's, so one statement means the same on either driver: a {@code ?} inside a
 * string, quoted identifier, dollar-quoted body or comment is text, and {@code ??} stands for a literal
 * {@code ?} operator (jsonb's {@code ??}, {@code ??|}).
 */
public final class ParameterMarkers {

    private ParameterMarkers() {
    }

    /**
     * The statement with numbered markers. Text the lexer cannot read (an unterminated string, say) is returned
     * as it is, so that the server, not this rewrite, reports what is wrong with it.
     */
    public static String numbered(String sql) {
        if (sql.indexOf('?') < 0) {
            return sql;
        }
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokenize(sql, 1);
        } catch (SqlSyntaxException e) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int copied = 0;
        int number = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (!token.isOther('?')) {
                continue;
            }
            out.append(sql, copied, token.start());
            SqlToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next != null && next.isOther('?') && next.start() == token.end()) {
                out.append('?');
                copied = next.end();
                i++;
            } else {
                out.append('$').append(++number);
                copied = token.end();
            }
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    /**
     * The highest {@code $n} outside strings, quoted identifiers, dollar-quoted bodies and comments (0 for none, or
     * for text the lexer cannot read). Such a marker belongs to the statement's own syntax: the parameter of a
     * {@code BEGIN ATOMIC} function body, or of a {@code PREPARE}.
     */
    public static int highestPositional(String sql) {
        if (sql.indexOf('$') < 0) {
            return 0;
        }
        int highest = 0;
        try {
            for (SqlToken token : SqlLexer.tokenize(sql, 1)) {
                if (token.kind() == SqlToken.Kind.PARAMETER) {
                    highest = Math.max(highest, Integer.parseInt(token.text().substring(1)));
                }
            }
        } catch (SqlSyntaxException | NumberFormatException e) {
            return 0;
        }
        return highest;
    }
}
