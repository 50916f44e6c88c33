package dev.strata.autogenerate.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.schema.EnumType;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Standalone sequences (not those owned by columns) and enum types with their labels in sort order. */
class SequenceAndEnumIntrospectionTest {

    private static IntrospectedDatabase database;
    private static SchemaModel model;

    @BeforeAll
    static void createSchema() {
        database = IntrospectedDatabase.create(
                "CREATE SCHEMA billing",
                "CREATE SCHEMA unread",
                "CREATE SEQUENCE public.invoice_seq START WITH 1000 INCREMENT BY 50 MINVALUE 10 MAXVALUE 999999"
                        + " CACHE 20 CYCLE",
                "CREATE SEQUENCE public.plain_seq",
                "CREATE SEQUENCE public.countdown_seq AS smallint INCREMENT BY -1",
                "CREATE SEQUENCE billing.int_seq AS integer",
                "CREATE SEQUENCE public.orders_seq START WITH 1 INCREMENT BY 50",
                "CREATE SEQUENCE unread.other_seq",
                "CREATE TABLE public.owners"
                        + " (serial_id serial, identity_id int GENERATED ALWAYS AS IDENTITY, other int)",
                "CREATE SEQUENCE public.owned_seq OWNED BY public.owners.other",
                "CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped')",
                "ALTER TYPE public.order_status ADD VALUE 'draft' BEFORE 'new'",
                "ALTER TYPE public.order_status ADD VALUE 'returned' AFTER 'paid'",
                "CREATE TYPE billing.\"Currency\" AS ENUM ('EUR', 'USD')",
                "CREATE TYPE public.nothing AS ENUM ()",
                "CREATE TYPE unread.other AS ENUM ('x')",
                "CREATE DOMAIN public.positive AS int CHECK (VALUE > 0)",
                "CREATE TYPE public.pair AS (a int, b int)",
                "CREATE TYPE public.floatrange AS RANGE (subtype = float8)");
        model = database.introspect("public", "billing");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void standaloneSequencesWithAllTheirOptions() {
        assertThat(model.sequences()).containsExactly(
                new Sequence(QualifiedName.of("billing", "int_seq"), "integer", 1, 1, 1, 2147483647L, 1, false),
                new Sequence(QualifiedName.of("public", "countdown_seq"), "smallint", -1, -1, -32768, -1, 1, false),
                new Sequence(QualifiedName.of("public", "invoice_seq"), "bigint", 1000, 50, 10, 999999, 20, true),
                new Sequence(QualifiedName.of("public", "orders_seq"), "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false),
                new Sequence(QualifiedName.of("public", "plain_seq"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false));
    }

    @Test
    void sequencesOwnedBySerialIdentityOrOwnedByAreLeftToTheirColumns() {
        assertThat(model.sequences()).extracting(sequence -> sequence.name().name())
                .doesNotContain("owners_serial_id_seq", "owners_identity_id_seq", "owned_seq");
    }

    @Test
    void enumLabelsAreInSortOrderIncludingAddedValues() {
        assertThat(model.enumType(QualifiedName.of("public", "order_status"))).contains(
                new EnumType(QualifiedName.of("public", "order_status"),
                        List.of("draft", "new", "paid", "returned", "shipped")));
    }

    @Test
    void enumsOfTheRequestedSchemasOnlyAndNoOtherKindsOfType() {
        assertThat(model.enums()).containsExactly(
                new EnumType(QualifiedName.of("billing", "Currency"), List.of("EUR", "USD")),
                new EnumType(QualifiedName.of("public", "nothing"), List.of()),
                new EnumType(QualifiedName.of("public", "order_status"),
                        List.of("draft", "new", "paid", "returned", "shipped")));
    }
}
