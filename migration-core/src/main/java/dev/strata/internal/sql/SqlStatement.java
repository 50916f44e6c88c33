package dev.strata.internal.sql;

import java.util.Objects;

/**
 * One statement of a migration script, as {@link SqlSplitter} cut it out.
 *
 * @param sql  the statement exactly as written, from its first token to its last: comments inside it
 *             are kept, comments before and after it are not, and it has no trailing {@code ;}
 * @param line the 1-based line of the file on which the statement's first token stands
 */
public record SqlStatement(String sql, int line) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, was " + line);
        }
    }
}
