package dev.strata.format;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL quoting of identifiers and string literals, as {@code quote_ident()} and {@code quote_literal()}
 * would write them: the one place the engine's {@code Operations} and autogenerate's renderer quote names.
 */
public final class SqlQuoting {

    /** What PostgreSQL folds to itself and reads as one identifier, so it needs no quotes. */
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * Every keyword that is not "unreserved" in PostgreSQL 15 (reserved, type/function-name and
     * column-name keywords, {@code pg_get_keywords()} categories R, T and C), plus those that PostgreSQL 16
     * and 17 added. It is the set {@code quote_ident()} quotes: a column-name keyword such as {@code time}
     * is legal as a column but not as a type or function name, and quoting it costs nothing. A word from a
     * later release that is missing here only fails if someone uses it as a name, and then with the
     * server's syntax error.
     */
    private static final Set<String> KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
            "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct",
            "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign",
            "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in",
            "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull",
            "join", "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp",
            "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
            "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position",
            "precision", "primary", "real", "references", "returning", "right", "row", "select",
            "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric", "table",
            "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true", "union",
            "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where", "window",
            "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces",
            "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
            // PostgreSQL 16 and 17
            "system_user", "json", "json_array", "json_arrayagg", "json_exists", "json_object",
            "json_objectagg", "json_query", "json_scalar", "json_serialize", "json_table", "json_value",
            "merge_action");

    private SqlQuoting() {
    }

    /**
     * One identifier, in double quotes when PostgreSQL would otherwise fold its case, split it or read it as a
     * keyword: {@code client}, {@code "Client"}, {@code "order"}. A dot is part of the name.
     *
     * @param name the name as stored (what {@code pg_class.relname} shows), not empty
     * @return the identifier as SQL
     * @throws IllegalArgumentException when the name is null or empty (an empty {@code ""} is a syntax error)
     */
    public static String identifier(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an identifier must not be " + (name == null ? "null" : "empty"));
        }
        if (PLAIN.matcher(name).matches() && !KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * A string literal. A backslash switches to the {@code E'...'} form, whose meaning does not depend on
     * {@code standard_conforming_strings}, so the text arrives as written on any server setting.
     *
     * @param text the text
     * @return the literal
     */
    public static String literal(String text) {
        String quoted = text.replace("'", "''");
        if (text.indexOf('\\') < 0) {
            return "'" + quoted + "'";
        }
        return "E'" + quoted.replace("\\", "\\\\") + "'";
    }
}
