package dev.strata.autogenerate.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param name              the column name as stored
 * @param type              the type exactly as PostgreSQL's {@code format_type(atttypid, atttypmod)} prints it
 *                          with an empty {@code search_path}: {@code character varying(255)}, {@code integer},
 *                          {@code numeric(19,2)}, {@code timestamp(6) with time zone}, {@code text[]}, and
 *                          user-defined types schema-qualified ({@code public.order_status})
 * @param nullable          false for {@code NOT NULL}
 * @param defaultExpression the server default as {@code pg_get_expr} prints it with an empty
 *                          {@code search_path}, or null; identity columns have none
 * @param identity          identity generation, {@link Identity#NONE} for ordinary columns
 * @param comment           the column comment, or null
 */
public record Column(String name, String type, boolean nullable, String defaultExpression, Identity identity,
        String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
    }
}
