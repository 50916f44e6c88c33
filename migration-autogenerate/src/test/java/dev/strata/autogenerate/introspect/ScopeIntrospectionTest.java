package dev.strata.autogenerate.introspect;

import static dev.strata.autogenerate.introspect.IntrospectedDatabase.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.EnumType;
import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.PrimaryKey;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Sequence;
import dev.strata.autogenerate.schema.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which schemas and objects a model covers, and how names are spelled. */
class ScopeIntrospectionTest {

    @Test
    void anEmptyDatabaseGivesAnEmptyModel() {
        try (IntrospectedDatabase database = IntrospectedDatabase.create()) {
            assertThat(database.introspect("public")).isEqualTo(SchemaModel.empty(List.of("public")));
        }
    }

    @Test
    void onlyRequestedSchemasAreReadAndOnlyExistingOnesListed() {
        try (IntrospectedDatabase database = IntrospectedDatabase.create(
                "CREATE SCHEMA sales",
                "CREATE SCHEMA unread",
                "CREATE TABLE public.zebras (id int)",
                "CREATE TABLE sales.apples (id int)",
                "CREATE TABLE public.apples (id int)",
                "CREATE TABLE unread.apples (id int)")) {
            SchemaModel model = database.introspect("sales", "missing", "public", "sales");

            assertThat(model.schemas()).containsExactly("public", "sales");
            assertThat(model.tables()).extracting(Table::name).containsExactly(
                    QualifiedName.of("public", "apples"), QualifiedName.of("public", "zebras"),
                    QualifiedName.of("sales", "apples"));
        }
    }

    @Test
    void aRequestedSchemaThatDoesNotExistGivesAnEmptyModel() {
        try (IntrospectedDatabase database = IntrospectedDatabase.create("CREATE TABLE public.apples (id int)")) {
            assertThat(database.introspect("missing")).isEqualTo(SchemaModel.empty(List.of()));
        }
    }

    @Test
    void excludedTablesAreLeftOut() {
        try (IntrospectedDatabase database = IntrospectedDatabase.create(
                "CREATE SCHEMA sales",
                "CREATE TABLE public.strata_version (version_num varchar(32) PRIMARY KEY)",
                "CREATE TABLE public.strata_history (id bigint GENERATED ALWAYS AS IDENTITY)",
                "CREATE TABLE sales.strata_version (version_num varchar(32) PRIMARY KEY)")) {
            SchemaModel model = database.introspect(List.of("public", "sales"), Set.of(
                    QualifiedName.of("public", "strata_version"), QualifiedName.of("public", "strata_history")));

            assertThat(model.tables()).extracting(Table::name)
                    .containsExactly(QualifiedName.of("sales", "strata_version"));
            assertThat(model.sequences()).isEmpty();
        }
    }

    @Test
    void viewsMaterializedViewsAndPartitionsAreNotTables() {
        try (IntrospectedDatabase database = IntrospectedDatabase.create(
                "CREATE TABLE public.events (id int, day date) PARTITION BY RANGE (day)",
                "CREATE TABLE public.events_2024 PARTITION OF public.events"
                        + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "CREATE TABLE public.events_default PARTITION OF public.events DEFAULT",
                "CREATE VIEW public.recent_events AS SELECT * FROM public.events",
                "CREATE MATERIALIZED VIEW public.event_counts AS SELECT count(*) AS n FROM public.events",
                "CREATE INDEX ix_event_counts ON public.event_counts (n)")) {
            assertThat(database.introspect("public").tables()).extracting(Table::name)
                    .containsExactly(QualifiedName.of("public", "events"));
        }
    }

    @Test
    void extensionMembersAreLeftToTheirExtension() {
        try (IntrospectedDatabase database = IntrospectedDatabase.create(
                "CREATE EXTENSION hstore SCHEMA public",
                "CREATE TABLE public.spatial_ref_sys (srid int PRIMARY KEY)",
                "CREATE SEQUENCE public.extension_seq",
                "CREATE TYPE public.extension_enum AS ENUM ('a')",
                "ALTER EXTENSION hstore ADD TABLE public.spatial_ref_sys",
                "ALTER EXTENSION hstore ADD SEQUENCE public.extension_seq",
                "ALTER EXTENSION hstore ADD TYPE public.extension_enum",
                "CREATE TABLE public.settings (id int, entries public.hstore)")) {
            SchemaModel model = database.introspect("public");

            assertThat(model.tables()).extracting(Table::name)
                    .containsExactly(QualifiedName.of("public", "settings"));
            assertThat(table(model, "public", "settings").column("entries").orElseThrow().type())
                    .isEqualTo("public.hstore");
            assertThat(model.sequences()).isEmpty();
            assertThat(model.enums()).isEmpty();
        }
    }

    @Test
    void quotedMixedCaseNamesAreKeptAsStoredAndQuotedInsideSql() {
        try (IntrospectedDatabase database = IntrospectedDatabase.create(
                "CREATE SCHEMA \"Audit\"",
                "CREATE TYPE \"Audit\".\"Level\" AS ENUM ('Info', 'Warn')",
                "CREATE SEQUENCE \"Audit\".\"Entry_Seq\"",
                "CREATE TABLE \"Audit\".\"Actor\" (\"ActorId\" int CONSTRAINT \"PK_Actor\" PRIMARY KEY)",
                """
                CREATE TABLE "Audit"."LogEntry" (
                    "EntryId" bigint DEFAULT nextval('"Audit"."Entry_Seq"'),
                    "Level" "Audit"."Level" DEFAULT 'Info',
                    "ActorId" int CONSTRAINT "FK_LogEntry_Actor" REFERENCES "Audit"."Actor",
                    "Message" text,
                    CONSTRAINT "PK_LogEntry" PRIMARY KEY ("EntryId")
                )""",
                "CREATE INDEX \"IX_LogEntry_Level\" ON \"Audit\".\"LogEntry\" (\"Level\", lower(\"Message\"))")) {
            SchemaModel model = database.introspect("Audit");

            assertThat(model.schemas()).containsExactly("Audit");
            Table entries = table(model, "Audit", "LogEntry");
            assertThat(entries.columns()).containsExactly(
                    new Column("EntryId", "bigint", false, "nextval('\"Audit\".\"Entry_Seq\"'::regclass)",
                            Identity.NONE, null),
                    new Column("Level", "\"Audit\".\"Level\"", true, "'Info'::\"Audit\".\"Level\"", Identity.NONE,
                            null),
                    new Column("ActorId", "integer", true, null, Identity.NONE, null),
                    new Column("Message", "text", true, null, Identity.NONE, null));
            assertThat(entries.primaryKey()).isEqualTo(new PrimaryKey("PK_LogEntry", List.of("EntryId")));
            assertThat(entries.foreignKeys()).containsExactly(new ForeignKey("FK_LogEntry_Actor",
                    List.of("ActorId"), QualifiedName.of("Audit", "Actor"), List.of("ActorId"), null, null));
            assertThat(entries.indexes()).containsExactly(new Index("IX_LogEntry_Level",
                    List.of("Level", "lower(\"Message\")"), false, "btree", null, true,
                    "CREATE INDEX \"IX_LogEntry_Level\" ON \"Audit\".\"LogEntry\" USING btree (\"Level\","
                            + " lower(\"Message\"))"));
            assertThat(model.sequences()).extracting(Sequence::name)
                    .containsExactly(QualifiedName.of("Audit", "Entry_Seq"));
            assertThat(model.enums())
                    .containsExactly(new EnumType(QualifiedName.of("Audit", "Level"), List.of("Info", "Warn")));
        }
    }

    @Test
    void aTableWithoutColumnsHasNone() {
        try (IntrospectedDatabase database = IntrospectedDatabase.create("CREATE TABLE public.nothing ()")) {
            assertThat(database.introspect("public").tables()).containsExactly(new Table(
                    QualifiedName.of("public", "nothing"), List.of(), null, List.of(), List.of(), List.of(),
                    List.of(), null));
        }
    }
}
