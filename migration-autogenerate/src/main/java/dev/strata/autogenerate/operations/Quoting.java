package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.format.SqlQuoting;
import java.util.Objects;

/**
 * PostgreSQL's quoting of names and string literals, by the rules of its {@code quote_ident} (kept in core's
 * {@link SqlQuoting}): a name is written bare when PostgreSQL would read it back unchanged, in double quotes
 * otherwise. These are the rules {@code format_type} and {@code pg_get_expr} follow too, so a name quoted here
 * is spelled as the model's types and expressions spell it.
 */
public final class Quoting {

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
        return SqlQuoting.identifier(Objects.requireNonNull(name, "name"));
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
        return SqlQuoting.literal(text);
    }
}
