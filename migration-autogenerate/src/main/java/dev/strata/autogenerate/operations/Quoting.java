package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL's quoting of names and string literals, by the rules of its {@code quote_ident}: a name is
 * written bare when PostgreSQL would read it back unchanged, in double quotes otherwise. These are the rules
 * {@code format_type} and {@code pg_get_expr} follow too, so a name quoted here is spelled as the model's
 * types and expressions spell it.
 */
// Same rules as migration-core's internal Quoting (not reachable from here); one shared public class would
// be better, and is reported to the lead.
public final class Quoting {

    /** What PostgreSQL folds to itself and reads as one identifier, so it needs no quotes. */
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * Every keyword that is not "unreserved" in PostgreSQL 15 (reserved, type/function-name and
     * column-name keywords, {@code pg_get_keywords()} categories R, T and C), plus those that PostgreSQL 16
     * and 17 added: the set {@code quote_ident()} quotes.
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

    private Quoting() {
    }

    /**
     * One identifier, in double quotes when PostgreSQL would otherwise fold its case, split it or read it as
     * a keyword.
     *
     * @param name the name as stored
     * @return {@code client}, {@code "Client"}, {@code "order"}
     */
    public static String identifier(String name) {
        Objects.requireNonNull(name, "name");
        if (PLAIN.matcher(name).matches() && !KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * A schema-qualified name, each part quoted as needed: how {@code format_type} prints a user-defined
     * type with an empty {@code search_path}.
     *
     * @param name the name
     * @return for example {@code public.order_status} or {@code audit."Mood"}
     */
    public static String qualified(QualifiedName name) {
        return identifier(name.schema()) + "." + identifier(name.name());
    }

    /**
     * A string literal. A backslash switches to the {@code E'...'} form, whose meaning does not depend on
     * {@code standard_conforming_strings}.
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
