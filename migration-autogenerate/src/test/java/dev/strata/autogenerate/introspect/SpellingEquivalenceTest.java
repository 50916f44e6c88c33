package dev.strata.autogenerate.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.schema.SchemaModel;
import org.junit.jupiter.api.Test;

/**
 * Autogenerate compares two models that this introspector made, so the same schema must give the same
 * model however its DDL was spelled and in whatever order its objects were created.
 */
class SpellingEquivalenceTest {

    @Test
    void theSameSchemaSpelledAndOrderedDifferentlyGivesAnEqualModel() {
        SchemaModel hibernateStyle;
        try (IntrospectedDatabase database = IntrospectedDatabase.create(
                "CREATE TYPE public.status AS ENUM ('a', 'b')",
                "CREATE SEQUENCE public.item_seq START WITH 1 INCREMENT BY 50",
                """
                CREATE TABLE public.items (
                    id int8 NOT NULL,
                    name varchar(255),
                    price numeric(19,2),
                    created timestamptz(6),
                    ratio float8,
                    flag bool,
                    status public.status DEFAULT 'a',
                    CONSTRAINT items_pkey PRIMARY KEY (id)
                )""",
                "CREATE TABLE public.tags (item_id int8 REFERENCES public.items, label varchar(20))",
                "CREATE INDEX tags_label ON public.tags (label)")) {
            hibernateStyle = database.introspect("public");
        }
        SchemaModel handWritten;
        try (IntrospectedDatabase database = IntrospectedDatabase.create(
                "CREATE TABLE tags (item_id bigint, label character varying(20))",
                "CREATE TYPE status AS ENUM ('a', 'b')",
                """
                CREATE TABLE items (
                    id bigint PRIMARY KEY,
                    name character varying(255),
                    price decimal(19, 2),
                    created timestamp(6) with time zone,
                    ratio double precision,
                    flag boolean,
                    status status DEFAULT 'a'::status
                )""",
                "CREATE SEQUENCE item_seq INCREMENT 50",
                "ALTER TABLE tags ADD CONSTRAINT tags_item_id_fkey FOREIGN KEY (item_id) REFERENCES items (id)",
                "CREATE INDEX tags_label ON tags USING btree (label)")) {
            handWritten = database.introspect("public");
        }

        assertThat(handWritten).isEqualTo(hibernateStyle);
        assertThat(hibernateStyle.tables()).hasSize(2);
    }
}
