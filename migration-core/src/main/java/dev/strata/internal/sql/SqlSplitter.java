package dev.strata.internal.sql;

import dev.strata.internal.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a PostgreSQL migration script into statements the way {@code psql} does: a {@code ;} ends a
 * statement unless it is inside a string, quoted identifier, dollar quote or comment, inside
 * parentheses (as in {@code CREATE RULE ... DO (INSERT ...; INSERT ...)}), or inside the
 * {@code BEGIN ATOMIC ... END} body of a SQL-standard {@code CREATE FUNCTION} or
 * {@code CREATE PROCEDURE}. Text after the last {@code ;} is a statement too.
 *
 * <p>Only PostgreSQL's syntax with {@code standard_conforming_strings} on is understood; {@code psql}
 * meta-commands such as {@code \connect} and {@code COPY ... FROM stdin} data are not.
 */
public final class SqlSplitter {

    /** Stands in for the token before a statement's first, which matches no keyword and no kind checked. */
    private static final SqlToken NOTHING = new SqlToken(Kind.OTHER, " ", 0, 1);

    private final String script;
    private final List<SqlStatement> statements = new ArrayList<>();
    private final List<SqlToken> current = new ArrayList<>();
    private int parenDepth;
    /** Open {@code BEGIN ATOMIC} bodies. */
    private int atomicDepth;

    private SqlSplitter(String script) {
        this.script = script;
    }

    /**
     * Splits {@code script} into its statements, in order. Pieces with nothing but whitespace and
     * comments are dropped.
     *
     * @param script    the text of a migration script, or a part of one
     * @param firstLine the 1-based line of the file on which {@code script} begins, so that the
     *                  statements carry file lines
     * @return the statements, each without its {@code ;} and without the comments around it
     * @throws SqlSyntaxException if a quoted string, quoted identifier, dollar-quoted string or block
     *                            comment is never closed; the message names the line where it opened
     */
    public static List<SqlStatement> split(String script, int firstLine) {
        Objects.requireNonNull(script, "script");
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be at least 1, was " + firstLine);
        }
        SqlSplitter splitter = new SqlSplitter(script);
        for (SqlToken token : SqlLexer.tokenize(script, firstLine)) {
            splitter.accept(token);
        }
        splitter.endStatement();
        return List.copyOf(splitter.statements);
    }

    private void accept(SqlToken token) {
        if (token.kind() == Kind.SEMICOLON && parenDepth == 0 && atomicDepth == 0) {
            endStatement();
            return;
        }
        track(token);
        current.add(token);
    }

    private void track(SqlToken token) {
        if (token.kind() == Kind.OPEN_PAREN) {
            parenDepth++;
        } else if (token.kind() == Kind.CLOSE_PAREN) {
            // A stray ")" is the server's to report; it must not hide the next ";".
            parenDepth = Math.max(0, parenDepth - 1);
        } else if (token.isWord("ATOMIC") && previous().isWord("BEGIN") && isRoutineDefinition()) {
            atomicDepth++;
        } else if (atomicDepth > 0 && closesBody(token)) {
            atomicDepth--;
        }
    }

    /**
     * Every statement of a body ends with {@code ;}, so the END that closes the body is the only one
     * in statement position. The END of a CASE, {@code t.end} and {@code AS end} never are; psql,
     * which counts CASE ... END pairs instead, would end the body early at the last two.
     */
    private boolean closesBody(SqlToken token) {
        SqlToken previous = previous();
        return token.isWord("END") && (previous.kind() == Kind.SEMICOLON || previous.isWord("ATOMIC"));
    }

    private SqlToken previous() {
        return current.isEmpty() ? NOTHING : current.get(current.size() - 1);
    }

    /**
     * Whether the statement so far is {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, the only
     * statements with a {@code BEGIN ATOMIC} body; {@code psql} makes the same check.
     */
    private boolean isRoutineDefinition() {
        StatementTokens tokens = new StatementTokens(current);
        int kindIndex = tokens.isWord(1, "OR") && tokens.isWord(2, "REPLACE") ? 3 : 1;
        return tokens.isWord(0, "CREATE")
                && (tokens.isWord(kindIndex, "FUNCTION") || tokens.isWord(kindIndex, "PROCEDURE"));
    }

    private void endStatement() {
        if (!current.isEmpty()) {
            SqlToken first = current.get(0);
            SqlToken last = current.get(current.size() - 1);
            statements.add(new SqlStatement(script.substring(first.start(), last.end()), first.line()));
        }
        current.clear();
        parenDepth = 0;
        atomicDepth = 0;
    }
}
