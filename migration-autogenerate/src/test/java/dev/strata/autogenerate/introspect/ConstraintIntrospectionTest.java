package dev.strata.autogenerate.introspect;

import static dev.strata.autogenerate.introspect.IntrospectedDatabase.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.schema.CheckConstraint;
import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.PrimaryKey;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Table;
import dev.strata.autogenerate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Primary keys, unique constraints, foreign keys and check constraints. */
class ConstraintIntrospectionTest {

    private static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");

    private static IntrospectedDatabase database;
    private static SchemaModel model;

    @BeforeAll
    static void createSchema() {
        database = IntrospectedDatabase.create(
                "CREATE SCHEMA sales",
                """
                CREATE TABLE public.customers (
                    id bigint PRIMARY KEY,
                    email varchar(255) NOT NULL,
                    tenant int NOT NULL,
                    code text,
                    CONSTRAINT uq_customers_tenant_code UNIQUE (tenant, code),
                    CONSTRAINT uq_customers_email UNIQUE (email)
                )""",
                "CREATE UNIQUE INDEX ux_customers_code ON public.customers (code)",
                """
                CREATE TABLE sales.orders (
                    region text,
                    year int,
                    number int,
                    amount numeric(10,2),
                    CONSTRAINT pk_orders PRIMARY KEY (year, number, region),
                    CONSTRAINT ck_orders_year CHECK (year BETWEEN 2000 AND 2100),
                    CONSTRAINT ck_orders_amount CHECK (amount >= 0)
                )""",
                """
                CREATE TABLE public.order_lines (
                    id int PRIMARY KEY,
                    order_region text,
                    order_year int,
                    order_number int,
                    plain_ref bigint,
                    restrict_ref bigint,
                    set_null_ref bigint,
                    set_default_ref bigint DEFAULT 0,
                    update_ref bigint,
                    CONSTRAINT fk_lines_order FOREIGN KEY (order_number, order_year, order_region)
                        REFERENCES sales.orders (number, year, region) ON DELETE CASCADE,
                    CONSTRAINT fk_lines_plain FOREIGN KEY (plain_ref) REFERENCES public.customers (id),
                    CONSTRAINT fk_lines_restrict FOREIGN KEY (restrict_ref) REFERENCES public.customers (id)
                        ON DELETE RESTRICT ON UPDATE CASCADE,
                    CONSTRAINT fk_lines_set_null FOREIGN KEY (set_null_ref) REFERENCES public.customers (id)
                        ON DELETE SET NULL ON UPDATE SET DEFAULT,
                    CONSTRAINT fk_lines_set_default FOREIGN KEY (set_default_ref) REFERENCES public.customers (id)
                        ON DELETE SET DEFAULT ON UPDATE RESTRICT,
                    CONSTRAINT fk_lines_update FOREIGN KEY (update_ref) REFERENCES public.customers (id)
                        ON UPDATE SET NULL ON DELETE NO ACTION
                )""",
                "CREATE TABLE public.notes (body text)",
                "CREATE TABLE public.events (id int, day date, PRIMARY KEY (id, day)) PARTITION BY RANGE (day)",
                "CREATE TABLE public.events_2024 PARTITION OF public.events"
                        + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "CREATE TABLE public.events_2025 PARTITION OF public.events"
                        + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
                """
                CREATE TABLE public.event_links (
                    event_id int,
                    event_day date,
                    CONSTRAINT fk_links_event FOREIGN KEY (event_id, event_day) REFERENCES public.events (id, day)
                )""",
                "CREATE TABLE public.measures (reading int CONSTRAINT ck_measures_reading CHECK (reading > 0))",
                "CREATE TABLE public.hourly_measures (hour int) INHERITS (public.measures)",
                "CREATE TABLE public.bookings (room int, during tsrange, EXCLUDE USING gist (during WITH &&))");
        model = database.introspect("public", "sales");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void primaryKeyColumnsAreInKeyOrderNotColumnOrder() {
        assertThat(table(model, "sales", "orders").primaryKey())
                .isEqualTo(new PrimaryKey("pk_orders", List.of("year", "number", "region")));
        assertThat(table(model, "public", "customers").primaryKey())
                .isEqualTo(new PrimaryKey("customers_pkey", List.of("id")));
    }

    @Test
    void aTableWithoutPrimaryKeyHasNone() {
        assertThat(table(model, "public", "notes").primaryKey()).isNull();
    }

    @Test
    void uniqueConstraintsAreNotIndexesAndUniqueIndexesAreNotConstraints() {
        Table customers = table(model, "public", "customers");
        assertThat(customers.uniqueConstraints()).containsExactly(
                new UniqueConstraint("uq_customers_email", List.of("email")),
                new UniqueConstraint("uq_customers_tenant_code", List.of("tenant", "code")));
        assertThat(customers.indexes()).containsExactly(new Index("ux_customers_code", List.of("code"), true,
                "btree", null, false, "CREATE UNIQUE INDEX ux_customers_code ON public.customers USING btree (code)"));
    }

    @Test
    void foreignKeysCarryTheirActionsAndPairColumnsWithReferencedColumns() {
        assertThat(table(model, "public", "order_lines").foreignKeys()).containsExactly(
                new ForeignKey("fk_lines_order", List.of("order_number", "order_year", "order_region"),
                        QualifiedName.of("sales", "orders"), List.of("number", "year", "region"),
                        "NO ACTION", "CASCADE"),
                new ForeignKey("fk_lines_plain", List.of("plain_ref"), CUSTOMERS, List.of("id"),
                        "NO ACTION", "NO ACTION"),
                new ForeignKey("fk_lines_restrict", List.of("restrict_ref"), CUSTOMERS, List.of("id"),
                        "CASCADE", "RESTRICT"),
                new ForeignKey("fk_lines_set_default", List.of("set_default_ref"), CUSTOMERS, List.of("id"),
                        "RESTRICT", "SET DEFAULT"),
                new ForeignKey("fk_lines_set_null", List.of("set_null_ref"), CUSTOMERS, List.of("id"),
                        "SET DEFAULT", "SET NULL"),
                new ForeignKey("fk_lines_update", List.of("update_ref"), CUSTOMERS, List.of("id"),
                        "SET NULL", "NO ACTION"));
    }

    @Test
    void aForeignKeyToAPartitionedTableIsReportedOnceNotOncePerPartition() {
        assertThat(table(model, "public", "event_links").foreignKeys()).containsExactly(
                new ForeignKey("fk_links_event", List.of("event_id", "event_day"),
                        QualifiedName.of("public", "events"), List.of("id", "day"), "NO ACTION", "NO ACTION"));
    }

    @Test
    void checkConstraintsAreSpelledAsPgGetConstraintdefPrintsThem() {
        assertThat(table(model, "sales", "orders").checkConstraints()).containsExactly(
                new CheckConstraint("ck_orders_amount", "CHECK (amount >= 0::numeric)"),
                new CheckConstraint("ck_orders_year", "CHECK (year >= 2000 AND year <= 2100)"));
    }

    @Test
    void notNullColumnsAddNoCheckConstraints() {
        assertThat(table(model, "public", "customers").checkConstraints()).isEmpty();
    }

    @Test
    void inheritedCheckConstraintsBelongToTheChildToo() {
        assertThat(table(model, "public", "hourly_measures").checkConstraints())
                .containsExactly(new CheckConstraint("ck_measures_reading", "CHECK (reading > 0)"));
    }

    @Test
    void exclusionConstraintsAndTheirIndexesAreLeftOut() {
        Table bookings = table(model, "public", "bookings");
        assertThat(bookings.indexes()).isEmpty();
        assertThat(bookings.checkConstraints()).isEmpty();
        assertThat(bookings.uniqueConstraints()).isEmpty();
    }
}
