package dev.strata.autogenerate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shop's schema under a Spring Boot service's defaults, checked against what JPA and Hibernate's documented
 * rules require, written down by hand rather than taken from Hibernate.
 */
class FixtureSchemaTest {

    private static TestDatabase database;
    private static Connection connection;
    private static CatalogQueries catalog;

    @BeforeAll
    static void createTheShop() throws SQLException {
        database = TestPostgres.shared().createDatabase();
        connection = database.connect();
        CreateScriptRunner.run(ShopFixture.statements(HibernateSettings.springBoot()), connection);
        catalog = new CatalogQueries(connection);
    }

    @AfterAll
    static void dropTheShop() throws SQLException {
        connection.close();
        database.close();
    }

    @Test
    void tablesAreNamedInSnakeCaseAndInheritanceDecidesWhichExist() throws SQLException {
        // SINGLE_TABLE: payment only; JOINED: one per class; TABLE_PER_CLASS: none for the abstract root.
        assertThat(catalog.tables("public")).containsExactly(
                "category", "customer", "customer_tags", "email_notification", "freight_shipment",
                "order_discount", "order_line", "parcel_shipment", "payment", "product", "product_categories",
                "purchase_order", "shipment", "sms_notification");
        assertThat(catalog.tables("audit")).containsExactly("audit_log_entry");
    }

    @Test
    void basicTypesGetPostgresTypes() throws SQLException {
        assertThat(catalog.column("public.product", "id")).isEqualTo("uuid not null");
        assertThat(catalog.column("public.product", "sku")).isEqualTo("character varying(32) not null");
        assertThat(catalog.column("public.product", "description")).isEqualTo("text");
        assertThat(catalog.column("public.product", "image")).isEqualTo("bytea");
        assertThat(catalog.column("public.product", "weight_kg")).isEqualTo("double precision");
        assertThat(catalog.column("public.product", "rating")).isEqualTo("real");
        assertThat(catalog.column("public.product", "stock_level")).isEqualTo("smallint");
        assertThat(catalog.column("public.product", "reorder_threshold")).isEqualTo("integer");
        assertThat(catalog.column("public.product", "view_count")).isEqualTo("bigint not null");
        assertThat(catalog.column("public.product", "discontinued")).isEqualTo("boolean not null");
        assertThat(catalog.column("public.purchase_order", "total_amount")).isEqualTo("numeric(12,2) not null");
        assertThat(catalog.column("public.purchase_order", "placed_at")).isEqualTo("timestamp(6) without time zone");
        assertThat(catalog.column("public.customer", "created_at")).isEqualTo("timestamp(6) with time zone not null");
        assertThat(catalog.column("public.customer", "updated_at")).isEqualTo("timestamp(6) with time zone");
        assertThat(catalog.column("public.customer", "birth_date")).isEqualTo("date");
        assertThat(catalog.column("public.customer", "marketing_opt_in")).isEqualTo("boolean");
        assertThat(catalog.column("public.customer", "external_id")).isEqualTo("uuid");
        assertThat(catalog.column("public.customer", "version")).isEqualTo("bigint not null");
        assertThat(catalog.column("audit.audit_log_entry", "payload")).isEqualTo("jsonb");
    }

    @Test
    void columnAttributesShapeTheColumns() throws SQLException {
        assertThat(catalog.column("public.customer", "full_name")).isEqualTo("character varying(80) not null");
        // An auto-applied converter stores the value type as its String.
        assertThat(catalog.column("public.customer", "email_address")).isEqualTo("character varying(120)");
        assertThat(catalog.constraints("public.customer", "u")).containsExactly("UNIQUE (email_address)");
        assertThat(catalog.constraints("public.product", "u")).containsExactly("UNIQUE (sku)");
    }

    @Test
    void beanValidationConstraintsReachTheDdlAsWhenTheServiceStarts() throws SQLException {
        // @NotNull @Size(max = 3) with no @Column: Hibernate's Bean Validation integration sets both.
        assertThat(catalog.column("public.product", "currency_code")).isEqualTo("character varying(3) not null");
        // @Min(0) becomes a check constraint.
        assertThat(catalog.constraints("public.product", "c")).containsExactly("CHECK ((stock_level >= 0))");
    }

    @Test
    void idsComeFromIdentityColumnsOrSequences() throws SQLException {
        assertThat(catalog.column("public.purchase_order", "id")).isEqualTo("bigint not null identity by default");
        assertThat(catalog.column("public.category", "id")).isEqualTo("integer not null identity by default");
        assertThat(catalog.column("public.customer", "id")).isEqualTo("bigint not null");
        assertThat(catalog.sequence("public", "customer_seq")).isEqualTo("bigint start 1 increment 20");
        // No generator named: Hibernate's default, one sequence per entity hierarchy, 50 at a time.
        assertThat(catalog.sequence("public", "order_line_seq")).isEqualTo("bigint start 1 increment 50");
        assertThat(catalog.sequence("public", "shipment_seq")).isEqualTo("bigint start 1 increment 50");
        assertThat(catalog.sequence("public", "parcel_shipment_seq")).isNull();
        // The package-level generator serves the notifications.
        assertThat(catalog.sequence("public", "shop_seq")).isEqualTo("bigint start 1 increment 10");
        assertThat(catalog.sequence("public", "notification_seq")).isNull();
    }

    @Test
    void enumsAreCheckedTextOrdinalsOrPostgresEnums() throws SQLException {
        assertThat(catalog.column("public.customer", "tier")).isEqualTo("character varying(16) not null");
        assertThat(catalog.constraints("public.customer", "c")).containsExactly(
                "CHECK (((tier)::text = ANY ((ARRAY['STANDARD'::character varying, 'SILVER'::character varying,"
                        + " 'GOLD'::character varying])::text[])))");
        assertThat(catalog.column("public.purchase_order", "priority")).isEqualTo("smallint");
        assertThat(catalog.constraints("public.purchase_order", "c"))
                .containsExactly("CHECK (((priority >= 0) AND (priority <= 2)))");
        // The type is named after the enum class, unquoted, so PostgreSQL folds it to lower case.
        assertThat(catalog.column("public.purchase_order", "status")).isEqualTo("public.orderstatus");
        // Hibernate lists the labels in alphabetical order, not in the order the enum declares them.
        assertThat(catalog.enumLabels("public", "orderstatus"))
                .containsExactly("CANCELLED", "PAID", "PLACED", "SHIPPED");
    }

    @Test
    void embeddablesAddTheirColumnsAndOverridesRenameThem() throws SQLException {
        assertThat(catalog.columnNames("public.customer")).contains(
                "street", "city", "postal_code", "country_code",
                "ship_street", "ship_city", "ship_postal_code", "ship_country");
        assertThat(catalog.column("public.customer", "ship_country")).isEqualTo("character varying(2)");
    }

    @Test
    void elementCollectionsGetCollectionTables() throws SQLException {
        // Set<String>: <entity>_<attribute>, keyed by <entity>_id, unique per owner as a set is.
        assertThat(catalog.column("public.customer_tags", "customer_id")).isEqualTo("bigint not null");
        assertThat(catalog.column("public.customer_tags", "tag")).isEqualTo("character varying(40)");
        assertThat(catalog.constraints("public.customer_tags", "u")).containsExactly("UNIQUE (customer_id, tag)");
        assertThat(catalog.constraints("public.customer_tags", "f"))
                .containsExactly("FOREIGN KEY (customer_id) REFERENCES public.customer(id)");
        // List<Discount> in a named table with a named join column: no key at all, a bag.
        assertThat(catalog.columnNames("public.order_discount")).containsExactly("code", "order_id", "percent");
        assertThat(catalog.column("public.order_discount", "percent")).isEqualTo("numeric(5,2)");
        assertThat(catalog.constraints("public.order_discount", "p")).isEmpty();
        assertThat(catalog.constraints("public.order_discount", "f"))
                .containsExactly("FOREIGN KEY (order_id) REFERENCES public.purchase_order(id)");
    }

    @Test
    void associationsBecomeForeignKeysAndJoinTables() throws SQLException {
        assertThat(catalog.constraints("public.order_line", "f")).containsExactlyInAnyOrder(
                "FOREIGN KEY (order_id) REFERENCES public.purchase_order(id)",
                "FOREIGN KEY (product_id) REFERENCES public.product(id)");
        assertThat(catalog.column("public.order_line", "order_id")).isEqualTo("bigint not null");
        assertThat(catalog.column("public.order_line", "product_id")).isEqualTo("uuid");
        // Spring's implicit naming: the join table is <owning table>_<owning attribute>.
        assertThat(catalog.columnNames("public.product_categories")).containsExactly("categories_id", "products_id");
        assertThat(catalog.constraints("public.product_categories", "f")).containsExactlyInAnyOrder(
                "FOREIGN KEY (categories_id) REFERENCES public.category(id)",
                "FOREIGN KEY (products_id) REFERENCES public.product(id)");
        assertThat(catalog.constraints("public.product_categories", "p")).hasSize(1);
    }

    @Test
    void inheritanceStrategiesShapeTheirTables() throws SQLException {
        assertThat(catalog.column("public.payment", "payment_type")).isEqualTo("character varying(16) not null");
        assertThat(catalog.column("public.payment", "iban")).isEqualTo("character varying(34)");
        assertThat(catalog.constraints("public.payment", "c")).containsExactly(
                "CHECK (((payment_type)::text = ANY ((ARRAY['TRANSFER'::character varying,"
                        + " 'CARD'::character varying])::text[])))");
        assertThat(catalog.constraints("public.parcel_shipment", "f"))
                .containsExactly("FOREIGN KEY (id) REFERENCES public.shipment(id)");
        assertThat(catalog.columnNames("public.email_notification")).containsExactly("id", "sent_at", "subject");
    }

    @Test
    void tableLevelIndexesAndUniqueConstraintsKeepTheirNames() throws SQLException {
        assertThat(catalog.indexes("public.purchase_order")).containsExactly(
                "CREATE INDEX ix_purchase_order_placed_at ON public.purchase_order USING btree (placed_at)");
        assertThat(catalog.constraintNames("public.purchase_order")).contains("uk_purchase_order_number");
        assertThat(catalog.constraints("public.purchase_order", "u")).containsExactly("UNIQUE (order_number)");
        // An index without a name gets Hibernate's generated one.
        assertThat(catalog.indexes("public.product")).singleElement().asString()
                .matches("CREATE INDEX idx[0-9a-z]+ ON public\\.product USING btree \\(name, weight_kg\\)");
    }

    @Test
    void commentsAndTheSecondSchemaArrive() throws SQLException {
        assertThat(catalog.tableComment("public.customer")).isEqualTo("People and companies who buy from the shop");
        assertThat(catalog.columnComment("public.customer", "full_name")).isEqualTo("Name as the customer writes it");
        assertThat(catalog.tableComment("audit.audit_log_entry")).isEqualTo("Who did what, and when");
        assertThat(catalog.columnComment("audit.audit_log_entry", "action"))
                .isEqualTo("The operation, such as order.cancel");
        assertThat(catalog.indexes("audit.audit_log_entry")).containsExactly(
                "CREATE INDEX ix_audit_log_entry_actor ON audit.audit_log_entry USING btree (actor, occurred_at)");
    }
}
