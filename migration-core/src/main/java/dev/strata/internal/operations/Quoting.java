package dev.strata.internal.operations;

import dev.strata.StrataException;
import dev.strata.format.SqlQuoting;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL quoting of names and string literals. Names passed to {@link dev.strata.Operations} are raw
 * identifiers (what {@code pg_class.relname} would show), never SQL: {@code "Clients"} names a table with a
 * capital letter, and this class adds the double quotes that keep it so.
 */
final class Quoting {

    private Quoting() {
    }

    /**
     * One identifier, in double quotes when PostgreSQL would otherwise fold its case, split it or read it
     * as a keyword. A dot is part of the name here; see {@link #qualifiedName} for {@code schema.table}.
     */
    static String identifier(String name) {
        try {
            return SqlQuoting.identifier(name);
        } catch (IllegalArgumentException e) {
            throw new StrataException(e.getMessage(), e);
        }
    }

    /**
     * A possibly schema-qualified name such as {@code audit.events}: split on the dots, each part quoted as
     * needed. A name whose own text contains a dot therefore cannot be passed; that trade keeps the common
     * case ({@code "audit.events"}) free of quoting in user code.
     */
    static String qualifiedName(String name) {
        if (name == null || name.isEmpty()) {
            throw new StrataException("a table name must not be " + (name == null ? "null" : "empty"));
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty()) {
                throw new StrataException("name " + name + " has an empty part; write schema.table");
            }
            parts.add(identifier(part));
        }
        return String.join(".", parts);
    }

    /** The last part of a qualified name: the table of {@code audit.events} is {@code events}. */
    static String unqualified(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * A string literal. A backslash switches to the {@code E'...'} form, whose meaning does not depend on
     * {@code standard_conforming_strings}, so the text arrives as written on any server setting.
     */
    static String literal(String text) {
        return SqlQuoting.literal(text);
    }
}
