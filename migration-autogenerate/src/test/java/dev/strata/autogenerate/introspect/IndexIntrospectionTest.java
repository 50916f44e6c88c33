package dev.strata.autogenerate.introspect;

import static dev.strata.autogenerate.introspect.IntrospectedDatabase.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Indexes that back no constraint: plain, unique, partial, expression, GIN, covering and on partitioned tables. */
class IndexIntrospectionTest {

    private static IntrospectedDatabase database;
    private static SchemaModel model;

    @BeforeAll
    static void createSchema() {
        database = IntrospectedDatabase.create(
                """
                CREATE TABLE public.documents (
                    id bigint PRIMARY KEY,
                    title varchar(200),
                    email text,
                    tags text[],
                    deleted_at timestamptz,
                    owner_id bigint,
                    created date,
                    CONSTRAINT uq_documents_title UNIQUE (title)
                )""",
                "CREATE INDEX ix_documents_owner ON public.documents (owner_id)",
                "CREATE INDEX ix_documents_owner_created ON public.documents (owner_id, created DESC)",
                "CREATE UNIQUE INDEX ux_documents_email_live ON public.documents (email) WHERE deleted_at IS NULL",
                "CREATE INDEX ix_documents_lower_email ON public.documents (lower(email))",
                "CREATE INDEX ix_documents_mixed ON public.documents (owner_id, (created + 1))",
                "CREATE INDEX ix_documents_tags ON public.documents USING gin (tags)",
                "CREATE INDEX ix_documents_covering ON public.documents (owner_id) INCLUDE (title, created)",
                "CREATE TABLE public.events (id int, day date) PARTITION BY RANGE (day)",
                "CREATE TABLE public.events_2024 PARTITION OF public.events"
                        + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "CREATE INDEX ix_events_day ON public.events (day)");
        model = database.introspect("public");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyIndexThatBacksNoConstraintInNameOrder() {
        assertThat(table(model, "public", "documents").indexes()).extracting(Index::name).containsExactly(
                "ix_documents_covering", "ix_documents_lower_email", "ix_documents_mixed", "ix_documents_owner",
                "ix_documents_owner_created", "ix_documents_tags", "ux_documents_email_live");
    }

    @Test
    void plainIndex() {
        assertThat(index("ix_documents_owner")).isEqualTo(new Index("ix_documents_owner", List.of("owner_id"),
                false, "btree", null, false,
                "CREATE INDEX ix_documents_owner ON public.documents USING btree (owner_id)"));
        assertThat(index("ix_documents_owner").isPlain()).isTrue();
    }

    @Test
    void sortOrderIsOnlyInTheDefinition() {
        assertThat(index("ix_documents_owner_created")).isEqualTo(new Index("ix_documents_owner_created",
                List.of("owner_id", "created"), false, "btree", null, false,
                "CREATE INDEX ix_documents_owner_created ON public.documents USING btree (owner_id, created DESC)"));
    }

    @Test
    void partialUniqueIndex() {
        assertThat(index("ux_documents_email_live")).isEqualTo(new Index("ux_documents_email_live",
                List.of("email"), true, "btree", "(deleted_at IS NULL)", false,
                "CREATE UNIQUE INDEX ux_documents_email_live ON public.documents USING btree (email)"
                        + " WHERE (deleted_at IS NULL)"));
    }

    @Test
    void expressionIndex() {
        assertThat(index("ix_documents_lower_email")).isEqualTo(new Index("ix_documents_lower_email",
                List.of("lower(email)"), false, "btree", null, true,
                "CREATE INDEX ix_documents_lower_email ON public.documents USING btree (lower(email))"));
    }

    @Test
    void columnsAndExpressionsMixed() {
        assertThat(index("ix_documents_mixed")).isEqualTo(new Index("ix_documents_mixed",
                List.of("owner_id", "(created + 1)"), false, "btree", null, true,
                "CREATE INDEX ix_documents_mixed ON public.documents USING btree (owner_id, ((created + 1)))"));
    }

    @Test
    void ginIndex() {
        assertThat(index("ix_documents_tags")).isEqualTo(new Index("ix_documents_tags", List.of("tags"), false,
                "gin", null, false, "CREATE INDEX ix_documents_tags ON public.documents USING gin (tags)"));
    }

    @Test
    void includedColumnsAreOnlyInTheDefinition() {
        assertThat(index("ix_documents_covering")).isEqualTo(new Index("ix_documents_covering",
                List.of("owner_id"), false, "btree", null, false,
                "CREATE INDEX ix_documents_covering ON public.documents USING btree (owner_id)"
                        + " INCLUDE (title, created)"));
    }

    @Test
    void anIndexOnAPartitionedTableIsDefinedOnOnlyTheParent() {
        assertThat(table(model, "public", "events").indexes()).containsExactly(new Index("ix_events_day",
                List.of("day"), false, "btree", null, false,
                "CREATE INDEX ix_events_day ON ONLY public.events USING btree (day)"));
    }

    private static Index index(String name) {
        return table(model, "public", "documents").indexes().stream()
                .filter(index -> index.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name));
    }
}
