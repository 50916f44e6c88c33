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

    /**
     * Hibernate's check for an {@code @Enumerated(STRING)} column is an {@code IN} list on a varchar; PostgreSQL
     * prints it in a form that, run again (as a generated revision does), it stores and prints differently. Both
     * must read the same, or autogenerate drops and re-adds the check on every run.
     */
    @Test
    void aVarcharInListReadsTheSameAsTheRevisionThatRecreatesItFromItsPrintedText() {
        String printed;
        SchemaModel fromHibernate;
        try (IntrospectedDatabase database = IntrospectedDatabase.create(
                "CREATE TABLE public.client (tier varchar(16) CHECK (tier IN ('GOLD', 'SILVER', 'O''NEIL')))")) {
            fromHibernate = database.introspect("public");
            printed = fromHibernate.tables().get(0).checkConstraints().get(0).definition();
        }
        SchemaModel fromRevision;
        try (IntrospectedDatabase database = IntrospectedDatabase.create(
                "CREATE TABLE public.client (tier varchar(16), CONSTRAINT client_tier_check " + printed + ")")) {
            fromRevision = database.introspect("public");
        }

        assertThat(fromRevision).isEqualTo(fromHibernate);
        assertThat(printed).isEqualTo("CHECK (tier::text = ANY (ARRAY['GOLD'::character varying::text,"
                + " 'SILVER'::character varying::text, 'O''NEIL'::character varying::text]))");
    }
}
